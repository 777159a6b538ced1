//
//  Demographics.swift
//  PixelkinKit
//
//  Created by the Pixelkin iOS team.
//  Copyright © 2024 Pixelkin Inc. All rights reserved.
//

import Foundation

/// Ethnicity predicted by the on-device demographics model for a face observation.
public enum Ethnicity: String, Codable, CaseIterable, Sendable {
    case white = "White"
    case black = "Black"
    case eastAsian = "East Asian"
    case southeastAsian = "Southeast Asian"
    case indian = "Indian"
    case middleEastern = "Middle Eastern"
    case latinoHispanic = "Latino_Hispanic"
}

/// Result of the demographics estimator for one face.
public struct DemographicsResult: Codable, Sendable, Equatable {
    /// Estimated age in years.
    public let age: Double
    /// "Man" or "Woman".
    public let gender: String
    /// Most likely ethnicity of the face.
    public let ethnicity: Ethnicity
    /// Probability for every ethnicity class, summing to 1.
    public let ethnicityScores: [Ethnicity: Double]

    public init(age: Double, gender: String, ethnicity: Ethnicity, ethnicityScores: [Ethnicity: Double]) {
        self.age = age
        self.gender = gender
        self.ethnicity = ethnicity
        self.ethnicityScores = ethnicityScores
    }
}

/// Options controlling which demographic estimates are computed.
public struct DemographicsOptions: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let age       = DemographicsOptions(rawValue: 1 << 0)
    public static let gender    = DemographicsOptions(rawValue: 1 << 1)
    public static let ethnicity = DemographicsOptions(rawValue: 1 << 2)
    public static let all: DemographicsOptions = [.age, .gender, .ethnicity]
}
