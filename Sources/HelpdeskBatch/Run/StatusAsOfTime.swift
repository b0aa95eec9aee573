import Foundation
import HelpdeskCore

/// The service status at each message's time, from a ``StatusTimeline``, rebuilt only when a
/// message falls after another recorded change than the previous one.
final class StatusAsOfTime {
    private let timeline: StatusTimeline
    private var cachedEpoch: Int?
    private var cached = ServiceStatus()

    init(_ timeline: StatusTimeline) { self.timeline = timeline }

    func status(at date: Date) -> ServiceStatus {
        let epoch = timeline.epoch(at: date)
        if epoch != cachedEpoch {
            cached = timeline.status(at: date)
            cachedEpoch = epoch
        }
        var status = cached
        if status.fetchedAt != nil { status.fetchedAt = date }
        return status
    }
}
