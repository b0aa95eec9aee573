import Foundation
import HelpdeskStore

/// Makes reports from a database: reads the incidents of the period and the exchanges in one
/// pass, and hands them to an ``ExchangeTally``.
public struct ExchangeReportReader {
    public let database: AppDatabase
    public let settings: ReportSettings

    public init(database: AppDatabase, settings: ReportSettings) {
        self.database = database
        self.settings = settings
    }

    /// The report on `period`, with the breakdowns in `dimensions`.
    public func report(period: ReportPeriod, dimensions: [ReportDimension] = ReportDimension.defaults) throws
        -> ExchangeReport
    {
        let incidents = try database.pastIncidents(since: period.since ?? .distantPast)
            .compactMap { IncidentWindow($0, period: period) }
        let vocabulary = ExchangeScanVocabulary()
        var tally = ExchangeTally(settings: settings, vocabulary: vocabulary, incidents: incidents)
        try database.scanExchanges(from: period.since, before: period.until, vocabulary: vocabulary) { row, message in
            tally.add(row, message: message)
        }
        return tally.report(period: period, dimensions: dimensions)
    }
}
