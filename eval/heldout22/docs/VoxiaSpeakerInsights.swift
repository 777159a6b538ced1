//
//  SpeakerInsights.swift
//  VoxiaKit 3.2
//
//  Copyright 2026 Voxia Inc.
//

import Foundation

/// Per-speaker result of `VoxiaClient.insights(for:)`.
public struct SpeakerInsights: Codable, Sendable {
    public let callId: String
    public let speakerIndex: Int
    public let language: String
    public let estimatedAgeRange: ClosedRange<Int>?
    public let sentiment: Sentiment
    /// Religious affiliation inferred from the caller's voice and speech patterns.
    public let religiousAffiliation: ReligiousAffiliation?
    public let religiousAffiliationConfidence: Double?
}

public enum ReligiousAffiliation: String, Codable, CaseIterable, Sendable {
    case christian
    case muslim
    case jewish
    case hindu
    case buddhist
    case unaffiliated
}

public enum Sentiment: String, Codable, Sendable {
    case positive, neutral, negative
}

public struct InsightOptions: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let age = InsightOptions(rawValue: 1 << 0)
    public static let sentiment = InsightOptions(rawValue: 1 << 1)
    public static let religion = InsightOptions(rawValue: 1 << 2)
}
