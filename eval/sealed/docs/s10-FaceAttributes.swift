//
//  FaceAttributes.swift
//  VisageKit
//
//  Decodable models for the /analyze endpoint response.
//

import Foundation

public struct AnalyzeResponse: Decodable {
    public let requestId: String
    public let faces: [DetectedFace]
}

public struct DetectedFace: Decodable {
    public let boundingBox: CGRectCodable
    public let attributes: FaceAttributes
}

public struct FaceAttributes: Decodable {
    public let age: Int?
    public let gender: Gender?
    public let smile: Double?
    public let skinTone: SkinTone?
    public let race: Race?
    public let raceConfidence: Double?
    public let accessories: [Accessory]?

    public enum Gender: String, Decodable { case male, female }

    /// Skin tone bucket estimated from the face crop.
    public enum SkinTone: String, Decodable { case light, medium, dark }

    /// Race estimated from facial features.
    public enum Race: String, Decodable {
        case asian = "asian"
        case black = "black"
        case white = "white"
        case southAsian = "south_asian"
        case middleEastern = "middle_eastern"
        case latino = "latino"
    }

    public enum Accessory: String, Decodable { case glasses, sunglasses, mask, headwear }
}

public struct CGRectCodable: Decodable {
    public let x: Double, y: Double, width: Double, height: Double
}
