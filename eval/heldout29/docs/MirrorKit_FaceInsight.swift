import Foundation

/// Result of `MirrorKit.analyze(_:)` for one face in the selfie.
public struct FaceInsight: Codable, Sendable {
    public let faceIndex: Int
    public let age: Int
    public let skinToneHex: String
    /// Race predicted from the selfie; used to pick the makeup palette.
    public let race: RaceLabel
    public let raceConfidence: Double
}

public enum RaceLabel: String, Codable, CaseIterable, Sendable {
    case asian
    case black
    case white
    case indian
    case latino
    case middleEastern = "middle_eastern"
}
