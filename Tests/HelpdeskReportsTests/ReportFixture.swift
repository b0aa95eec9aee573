import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskReportsTestSupport
import HelpdeskStore
import XCTest

/// The knowledge base, the sample log in a real database file, and what tests need to count
/// the expected figures on their own (the desk's calendar).
struct ReportFixture: Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Made once for every test: loading the knowledge base and filling the log take a while.
    static let shared: Result<ReportFixture, Error> = Result { try ReportFixture() }

    static func get(file: StaticString = #filePath, line: UInt = #line) throws -> ReportFixture {
        switch shared {
        case .success(let fixture): return fixture
        case .failure(let error):
            XCTFail("\(error)", file: file, line: line)
            throw error
        }
    }

    let knowledgeBase: KnowledgeBase
    let log: SampleLog
    let database: AppDatabase
    let folder: URL

    init() throws {
        knowledgeBase = try KnowledgeBase.load(from: Self.root.appendingPathComponent("KnowledgeBase"))
        log = SampleLog()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try AppDatabase(path: folder.appendingPathComponent("helpdesk.sqlite").path)
        try log.record(into: database)
    }

    var settings: ReportSettings {
        get throws { try ReportSettings(knowledgeBase: knowledgeBase) }
    }

    /// The `low_confidence` fact, read independently of the report code.
    var threshold: Double { knowledgeBase.facts["low_confidence"]?.value.number ?? .nan }

    /// The report on `period` with every breakdown.
    func report(since: String? = nil, until: String? = nil, dimensions: [ReportDimension] = ReportDimension.allCases) throws
        -> ExchangeReport
    {
        let period = try ReportPeriod(
            since: since.flatMap(ISO8601.parse), until: until.flatMap(ISO8601.parse), now: date("2025-04-03T09:00:00Z"))
        return try ExchangeReportReader(database: database, settings: try settings).report(period: period, dimensions: dimensions)
    }
}

/// The desk's calendar, for counting by day and hour in tests.
enum DeskCalendar {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = SampleLog.zone
        return calendar
    }()

    static func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    static func hour(_ date: Date) -> String {
        day(date) + String(format: " %02d:00", calendar.component(.hour, from: date))
    }

    static func hourOfDay(_ date: Date) -> Int { calendar.component(.hour, from: date) }
}

func date(_ text: String) -> Date {
    guard let date = ISO8601.parse(text) else {
        XCTFail("bad test time \(text)")
        return Date(timeIntervalSince1970: 0)
    }
    return date
}

extension ExchangeLogEntry {
    /// Unanswered as the report defines it: out of scope, low confidence, or the catch-all rule.
    func isUnanswered(threshold: Double) -> Bool {
        intent == "out_of_scope" || confidence < threshold || rule == "fallback"
    }
}
