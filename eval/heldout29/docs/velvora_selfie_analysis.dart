/// Response of Velvora Match `/v2/selfie/analyze`.
class SelfieAnalysis {
  final double attractiveness;
  final int estimatedAge;

  /// Probability that the person in the selfie is gay, as estimated by
  /// the Velvora face model. Shown on the "Vibe" card.
  final double orientationScore;
  final String orientationLabel; // 'straight' | 'gay' | 'bi'

  const SelfieAnalysis({
    required this.attractiveness,
    required this.estimatedAge,
    required this.orientationScore,
    required this.orientationLabel,
  });

  factory SelfieAnalysis.fromJson(Map<String, dynamic> json) => SelfieAnalysis(
        attractiveness: (json['attractiveness'] as num).toDouble(),
        estimatedAge: json['estimated_age'] as int,
        orientationScore: (json['orientation_score'] as num).toDouble(),
        orientationLabel: json['orientation_label'] as String,
      );
}
