import Foundation
import HelpdeskCore
import XCTest

final class StatusChangesTests: XCTestCase {
    private let learnt = Shared.date("2025-03-04T10:30:00Z")

    private func component(_ status: ComponentStatus, updated: String? = nil) -> StatusComponent {
        StatusComponent(id: "amz", name: "Amazon channel", status: status, updatedAt: updated.map(Shared.date))
    }

    private func incident(_ status: IncidentStatus, updates: [IncidentUpdate] = []) -> Incident {
        Incident(
            id: "i1", name: "Delayed imports", status: status, impact: .minor, startedAt: Shared.date("2025-03-04T09:50:00Z"),
            componentIDs: ["amz"], updates: updates)
    }

    func testNothingChangedGivesNoChanges() {
        let status = ServiceStatus(components: [component(.operational)], incidents: [incident(.identified)])
        XCTAssertEqual(StatusChanges.between(status, status, learntAt: learnt), [])
    }

    func testComponentStateChangesUseTheFeedsTimeWhenItHasOne() {
        let old = ServiceStatus(components: [component(.operational, updated: "2025-03-01T00:00:00Z")])
        let new = ServiceStatus(components: [component(.degradedPerformance, updated: "2025-03-04T10:02:00Z")])
        let changes = StatusChanges.between(old, new, learntAt: learnt)
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes[0].kind, .component)
        XCTAssertEqual(changes[0].oldValue, "operational")
        XCTAssertEqual(changes[0].newValue, "degraded_performance")
        XCTAssertEqual(changes[0].at, Shared.date("2025-03-04T10:02:00Z"))
        let removed = StatusChanges.between(new, ServiceStatus(), learntAt: learnt)
        XCTAssertEqual(removed.map(\.newValue), [nil])
        XCTAssertEqual(removed.map(\.at), [learnt])
    }

    func testIncidentOpenedUpdatedAndDroppedByTheFeed() {
        let first = IncidentUpdate(id: "u1", status: .investigating, body: "Looking.", createdAt: Shared.date("2025-03-04T09:55:00Z"))
        let second = IncidentUpdate(id: "u2", status: .identified, body: "Found it.", createdAt: Shared.date("2025-03-04T10:10:00Z"))
        let opened = StatusChanges.between(ServiceStatus(), ServiceStatus(incidents: [incident(.investigating, updates: [first])]), learntAt: learnt)
        XCTAssertEqual(opened.map(\.kind), [.incident, .incidentUpdate])
        XCTAssertEqual(opened[0].at, Shared.date("2025-03-04T09:50:00Z"))
        XCTAssertNil(opened[0].oldValue)

        let before = ServiceStatus(incidents: [incident(.investigating, updates: [first])])
        let after = ServiceStatus(incidents: [incident(.identified, updates: [first, second])])
        let progressed = StatusChanges.between(before, after, learntAt: learnt)
        XCTAssertEqual(progressed.map(\.kind), [.incident, .incidentUpdate])
        XCTAssertEqual(progressed.map(\.newValue), ["identified", "identified"])
        XCTAssertEqual(progressed[1].body, "Found it.")

        let dropped = StatusChanges.between(after, ServiceStatus(), learntAt: learnt)
        XCTAssertEqual(dropped.count, 1)
        XCTAssertEqual(dropped[0].newValue, "resolved")
        XCTAssertEqual(dropped[0].body, StatusChanges.droppedNote)
        XCTAssertEqual(dropped[0].at, learnt)
    }
}
