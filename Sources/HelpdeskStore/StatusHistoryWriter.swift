import Foundation
import GRDB
import HelpdeskCore

/// Records, inside the caller's transaction, what changed between two views of the service:
/// rows of `status_history`, and every incident in `status_incident_archive`.
enum StatusHistoryWriter {
    /// Records the changes from `old` to `new`, learnt at `learntAt` from `source`, and returns them.
    static func record(
        from old: ServiceStatus, to new: ServiceStatus, learntAt: Date, source: String, _ db: Database
    ) throws -> [StatusChange] {
        let changes = StatusChanges.between(old, new, learntAt: learntAt)
        for change in changes {
            var record = StatusHistoryRecord(change, recordedAt: learntAt, source: source)
            try record.insert(db)
        }
        let names = Dictionary(
            (old.components + new.components).map { ($0.id, $0.name) }, uniquingKeysWith: { _, newer in newer })
        var seen: Set<String> = []
        for incident in new.incidents where seen.insert(incident.id).inserted {
            let componentNames = incident.componentIDs.map { names[$0] ?? $0 }
            try StatusIncidentArchiveRecord(incident, componentNames: componentNames, seenAt: learntAt).save(db)
        }
        for incident in old.incidents where !seen.contains(incident.id) && !incident.status.isClosed {
            guard var archived = try StatusIncidentArchiveRecord.fetchOne(db, key: incident.id) else { continue }
            archived.status = incident.isMaintenance ? .completed : .resolved
            archived.resolvedAt = archived.resolvedAt ?? learntAt
            try archived.update(db)
        }
        return changes
    }
}
