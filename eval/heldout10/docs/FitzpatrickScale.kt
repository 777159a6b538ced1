package health.dermanote.triage

/**
 * Fitzpatrick skin phototype, entered by the clinician or self-reported by the patient on the
 * intake form. Used only to pick UV-exposure advice and to check that our lesion-photo dataset
 * covers all skin types. The app never estimates it from photos.
 */
enum class FitzpatrickType(val roman: String, val description: String, val burnRisk: Int) {
    I("I", "Always burns, never tans (pale white skin)", 5),
    II("II", "Usually burns, tans minimally (white skin)", 4),
    III("III", "Sometimes mild burn, tans uniformly (light brown)", 3),
    IV("IV", "Burns minimally, always tans well (moderate brown)", 2),
    V("V", "Very rarely burns, tans very easily (dark brown)", 1),
    VI("VI", "Never burns (deeply pigmented dark brown to black)", 1);

    fun uvAdvice(uvIndex: Int): String = when {
        uvIndex >= 8 && burnRisk >= 3 -> "Avoid sun 11:00-15:00, SPF 50+"
        uvIndex >= 6 -> "SPF 30+, hat and sunglasses"
        else -> "SPF 15+ for long exposure"
    }
}

data class IntakeForm(
    val patientId: String,
    val skinType: FitzpatrickType?,   // selected by the patient
    val lesionSite: String,
    val itching: Boolean,
    val durationWeeks: Int,
)
