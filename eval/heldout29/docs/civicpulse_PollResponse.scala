package org.civicpulse.survey

/** One respondent's answers in the CivicPulse monthly omnibus poll.
  * Everything here is what the respondent answered on the phone or web form.
  */
final case class PollResponse(
    respondentId: String,
    wave: Int,
    ageGroup: String,
    region: String,
    voteIntention: Option[Party],
    partyIdentification: Option[Party],
    religion: Option[String],          // Q31, optional
    tradeUnionMember: Option[Boolean]  // Q33, "Are you a member of a trade union?"
)

sealed trait Party
object Party {
  case object Labour       extends Party
  case object Conservative extends Party
  case object LibDem       extends Party
  case object Green        extends Party
  case object Other        extends Party
}
