import Foundation
import HelpdeskCore
import HelpdeskStore

/// Reads a status feed and stores what it says: the new view and its changes on success; on
/// failure, the last known view is kept and the failure is recorded with its reason.
struct StatusFeedUpdater {
    /// What one update did.
    enum Outcome {
        case saved(FeedReading, changes: [StatusChange], at: Date)
        case failed(StatusFeedError, at: Date)
    }

    let database: AppDatabase
    let reader: StatusFeedReader
    let clock: Clock

    /// Fetches `source` once and records the result. Only database errors are thrown.
    func update(from source: String, format: StatusFeedFormat?) throws -> Outcome {
        do {
            let reading = try reader.read(source, format: format)
            let now = clock.now()
            let changes = try database.saveServiceStatus(reading.status, fetchedAt: now, source: source)
            return .saved(reading, changes: changes, at: now)
        } catch let error as StatusFeedError {
            let now = clock.now()
            try database.recordStatusFetchFailure(source: source, at: now, error: error.description)
            return .failed(error, at: now)
        }
    }
}
