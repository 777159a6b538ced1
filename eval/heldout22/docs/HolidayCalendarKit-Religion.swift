//
//  Religion.swift
//  HolidayCalendarKit
//

import Foundation

/// Religious calendars whose holidays can be overlaid on the month view.
public enum Religion: String, CaseIterable, Codable {
    case christianity
    case islam
    case judaism
    case hinduism
    case buddhism
    case sikhism

    public var calendarIdentifier: Calendar.Identifier? {
        switch self {
        case .islam: return .islamicUmmAlQura
        case .judaism: return .hebrew
        default: return nil
        }
    }
}

public struct CalendarPreferences: Codable {
    /// Which religious holiday calendars the user has chosen to display.
    public var religions: Set<Religion> = []
    public var showPublicHolidays = true
    public var regionCode = "GB"
}
