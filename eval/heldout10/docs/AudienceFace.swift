//
//  AudienceFace.swift
//  PopinDisplay
//
//  Decodes the response of the Northvane Signage Analytics endpoint
//  (https://edge.northvane.example/v1/analyze). Keys are snake_case.
//

import Foundation

struct AnalyzeResponse: Decodable {
    let frameId: String
    let faces: [AudienceFace]
}

struct AudienceFace: Decodable {
    enum Race: String, Decodable {
        case white, black, asian, indian, latino
        case other
    }

    let trackId: Int
    let age: Int
    let gender: String
    let race: Race
    let raceConfidence: Double
    let attention: Double
}

final class AudienceClient {
    private let session: URLSession
    private let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }()

    init(session: URLSession = .shared) {
        self.session = session
    }

    func analyze(jpeg: Data) async throws -> AnalyzeResponse {
        var req = URLRequest(url: URL(string: "https://edge.northvane.example/v1/analyze?return=age,gender,race,attention")!)
        req.httpMethod = "POST"
        req.setValue("image/jpeg", forHTTPHeaderField: "Content-Type")
        req.httpBody = jpeg
        let (data, _) = try await session.data(for: req)
        return try decoder.decode(AnalyzeResponse.self, from: data)
    }

    /// Picks the ad creative for the dominant race in front of the screen.
    func creativeKey(for faces: [AudienceFace]) -> String {
        let counts = Dictionary(grouping: faces.filter { $0.raceConfidence > 0.6 }, by: \.race).mapValues(\.count)
        let top = counts.max { $0.value < $1.value }?.key ?? .other
        return "creative_\(top.rawValue)"
    }
}
