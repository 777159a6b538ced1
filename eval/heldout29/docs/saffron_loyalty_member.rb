# Member of the Saffron Rewards programme (Harlow & Dune supermarkets).
# Every profile field below is entered by the member in the app; all optional.
class LoyaltyMember < ApplicationRecord
  DIETARY_PREFERENCES = %w[none vegetarian vegan halal kosher gluten_free].freeze
  CUISINE_INTERESTS   = %w[caribbean south_asian east_asian middle_eastern polish west_african].freeze

  has_many :receipts
  has_many :coupons, through: :receipts

  validates :email, presence: true, uniqueness: true
  validates :dietary_preference, inclusion: { in: DIETARY_PREFERENCES }, allow_nil: true

  # Festival offers (Diwali, Eid, Hanukkah, Christmas, Lunar New Year) are only
  # sent to members who ticked the festival in their profile.
  serialize :festival_opt_ins, coder: JSON

  def halal_offers?
    dietary_preference == "halal"
  end
end
