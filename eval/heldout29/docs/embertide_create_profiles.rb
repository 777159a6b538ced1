# Embertide - dating app. Profile fields are typed or picked by the user.
class CreateProfiles < ActiveRecord::Migration[7.1]
  def change
    create_table :profiles do |t|
      t.references :user, null: false, foreign_key: true, index: { unique: true }
      t.string  :display_name, null: false
      t.date    :birthdate, null: false
      t.string  :gender_identity
      t.string  :sexual_orientation, comment: "self-declared on sign-up; shown only if show_orientation"
      t.boolean :show_orientation, default: false, null: false
      t.string  :looking_for, array: true, default: []
      t.text    :bio
      t.string  :photo_keys, array: true, default: []
      t.timestamps
    end
    add_index :profiles, :sexual_orientation
  end
end
