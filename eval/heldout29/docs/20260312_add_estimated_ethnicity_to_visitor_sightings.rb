# frozen_string_literal: true

# Stores the demographic attributes that the Glintra entrance cameras
# return for each sighting (see Glintra Attribute API v2, /faces/attributes).
class AddEstimatedEthnicityToVisitorSightings < ActiveRecord::Migration[7.1]
  def change
    add_column :visitor_sightings, :estimated_age, :integer
    add_column :visitor_sightings, :estimated_gender, :string, limit: 8
    add_column :visitor_sightings, :estimated_ethnicity, :string, limit: 24,
               comment: "ethnicity inferred by the Glintra camera from the visitor's face"
    add_column :visitor_sightings, :ethnicity_confidence, :decimal, precision: 4, scale: 3

    add_index :visitor_sightings, [:store_id, :estimated_ethnicity]
  end
end
