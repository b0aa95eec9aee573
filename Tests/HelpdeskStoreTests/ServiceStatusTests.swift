import HelpdeskCore
import XCTest

@testable import HelpdeskStore

final class ServiceStatusTests: StoreTestCase {
    private let feed = "https://status.example.com/api/v2/summary.json"

    private var sampleStatus: ServiceStatus {
        ServiceStatus(
            components: [
                StatusComponent(
                    id: "dash", name: "Dashboard", status: .operational, description: "The web app",
                    groupName: nil, position: 1, updatedAt: time("2025-03-04T08:00:00Z")),
                StatusComponent(
                    id: "amz", name: "Amazon connection", status: .partialOutage, groupName: "Channels", position: 2,
                    updatedAt: time("2025-03-04T09:00:00Z")),
            ],
            incidents: [
                Incident(
                    id: "inc-1", name: "Amazon orders delayed", status: .identified, impact: .major,
                    startedAt: time("2025-03-04T08:50:00Z"), componentIDs: ["amz", "dash"],
                    updates: [
                        IncidentUpdate(
                            id: "u1", status: .investigating, body: "Looking into it",
                            createdAt: time("2025-03-04T08:50:00Z")),
                        IncidentUpdate(
                            id: "u2", status: .identified, body: "Amazon's API is slow",
                            createdAt: time("2025-03-04T09:10:00Z")),
                    ], shortlink: "https://stspg.io/x"),
                Incident(
                    id: "mnt-1", name: "Database upgrade", status: .scheduled, impact: .maintenance,
                    startedAt: time("2025-03-01T00:00:00Z"), componentIDs: ["dash"], isMaintenance: true,
                    scheduledFor: time("2025-03-09T02:00:00Z"), scheduledUntil: time("2025-03-09T03:00:00Z")),
            ])
    }

    func testNothingRecordedIsAnEmptyStatus() throws {
        let status = try database.serviceStatus()
        XCTAssertEqual(status, ServiceStatus())
        XCTAssertNil(status.fetchedAt)
    }

    func testServiceStatusRoundTrip() throws {
        let fetchedAt = time("2025-03-04T09:15:00Z")
        try database.saveServiceStatus(sampleStatus, fetchedAt: fetchedAt, source: feed)
        var expected = sampleStatus
        expected.fetchedAt = fetchedAt
        expected.source = feed
        XCTAssertEqual(try database.serviceStatus(), expected)
    }

    func testSavingReplacesThePreviousView() throws {
        try database.saveServiceStatus(sampleStatus, fetchedAt: time("2025-03-04T09:15:00Z"), source: feed)
        let calm = ServiceStatus(components: [StatusComponent(id: "dash", name: "Dashboard", status: .operational)])
        try database.saveServiceStatus(calm, fetchedAt: time("2025-03-04T10:15:00Z"), source: feed)
        let status = try database.serviceStatus()
        XCTAssertEqual(status.components, calm.components)
        XCTAssertEqual(status.incidents, [])
        XCTAssertEqual(status.fetchedAt, time("2025-03-04T10:15:00Z"))
        let leftovers = try database.pool.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT (SELECT COUNT(*) FROM status_incident_updates) + (SELECT COUNT(*) FROM status_incident_components)"
            )
        }
        XCTAssertEqual(leftovers, 0)
    }

    func testAFailedFetchKeepsTheLastGoodView() throws {
        try database.saveServiceStatus(sampleStatus, fetchedAt: time("2025-03-04T09:15:00Z"), source: feed)
        try database.recordStatusFetchFailure(source: feed, at: time("2025-03-04T09:20:00Z"), error: "HTTP 503")
        let status = try database.serviceStatus()
        XCTAssertEqual(status.fetchedAt, time("2025-03-04T09:15:00Z"))
        XCTAssertEqual(status.incidents.count, 2)
        let fetches = try database.statusFetches(last: 5)
        XCTAssertEqual(fetches.map(\.ok), [false, true])
        XCTAssertEqual(fetches.first?.error, "HTTP 503")
    }

    func testDuplicateIdsInAFeedKeepTheFirst() throws {
        var status = sampleStatus
        status.components.append(StatusComponent(id: "dash", name: "Dashboard again", status: .majorOutage))
        status.incidents[0].componentIDs.append("amz")
        try database.saveServiceStatus(status, fetchedAt: time("2025-03-04T09:15:00Z"), source: feed)
        let stored = try database.serviceStatus()
        XCTAssertEqual(stored.components.map(\.name), ["Dashboard", "Amazon connection"])
        XCTAssertEqual(stored.incidents.first?.componentIDs, ["amz", "dash"])
    }

    func testSettingAComponentByHandOpensUpdatesAndResolvesAnIncident() throws {
        let start = time("2025-03-04T09:00:00Z")
        try database.setComponent(
            name: "Royal Mail labels", status: .majorOutage, incident: "Labels fail to print", at: start)
        var status = try database.serviceStatus()
        XCTAssertEqual(status.source, AppDatabase.manualStatusSource)
        XCTAssertEqual(status.fetchedAt, start)
        XCTAssertEqual(status.components.map(\.id), ["royal-mail-labels"])
        XCTAssertEqual(status.components.first?.status, .majorOutage)
        XCTAssertEqual(status.incidents.count, 1)
        let incident = try XCTUnwrap(status.incidents.first)
        XCTAssertEqual(incident.name, "Labels fail to print")
        XCTAssertEqual(incident.impact, .critical)
        XCTAssertEqual(incident.componentIDs, ["royal-mail-labels"])
        XCTAssertTrue(incident.isOpen(at: start))

        try database.setComponent(
            name: "royal mail LABELS", status: .degradedPerformance, incident: "Fix deployed, watching",
            at: time("2025-03-04T09:30:00Z"))
        status = try database.serviceStatus()
        XCTAssertEqual(status.components.count, 1, "found by name, not created again")
        XCTAssertEqual(status.components.first?.status, .degradedPerformance)
        XCTAssertEqual(status.incidents.count, 1, "an update on the open incident")
        XCTAssertEqual(status.incidents.first?.updates.map(\.body), ["Labels fail to print", "Fix deployed, watching"])
        XCTAssertEqual(status.incidents.first?.impact, .minor)

        let end = time("2025-03-04T10:00:00Z")
        try database.setComponent(name: "Royal Mail labels", status: .operational, incident: nil, at: end)
        status = try database.serviceStatus()
        XCTAssertEqual(status.components.first?.status, .operational)
        let resolved = try XCTUnwrap(status.incidents.first)
        XCTAssertEqual(resolved.status, .resolved)
        XCTAssertEqual(resolved.resolvedAt, end)
        XCTAssertFalse(resolved.isOpen(at: end))
        XCTAssertEqual(resolved.updates.count, 3)
        XCTAssertEqual(status.openIncidents(at: end), [])
    }

    func testSettingAFeedComponentByHandLeavesFeedIncidentsAlone() throws {
        try database.saveServiceStatus(sampleStatus, fetchedAt: time("2025-03-04T09:15:00Z"), source: feed)
        try database.setComponent(
            name: "Amazon connection", status: .operational, incident: nil, at: time("2025-03-04T11:00:00Z"))
        let status = try database.serviceStatus()
        XCTAssertEqual(status.components.first { $0.id == "amz" }?.status, .operational)
        XCTAssertEqual(status.components.count, 2)
        XCTAssertEqual(
            status.incidents.first { $0.id == "inc-1" }?.status, .identified,
            "only manual incidents are resolved by hand")
    }

    func testMaintenanceByHand() throws {
        let start = time("2025-03-04T22:00:00Z")
        try database.setComponent(
            name: "Dashboard", status: .underMaintenance, incident: "Upgrading the database", at: start)
        let incident = try XCTUnwrap(database.serviceStatus().incidents.first)
        XCTAssertTrue(incident.isMaintenance)
        XCTAssertEqual(incident.impact, .maintenance)
        XCTAssertTrue(incident.isOpen(at: start))
        try database.setComponent(
            name: "Dashboard", status: .operational, incident: "Upgrade complete", at: time("2025-03-04T23:00:00Z"))
        let done = try XCTUnwrap(database.serviceStatus().incidents.first)
        XCTAssertEqual(done.status, .completed)
        XCTAssertEqual(done.updates.last?.body, "Upgrade complete")
    }

    func testAComponentNameNeedsLettersOrDigits() {
        XCTAssertThrowsError(try database.setComponent(name: " -- ", status: .majorOutage, incident: nil, at: Date())) {
            error in
            XCTAssertEqual(error as? StoreError, .invalidComponentName("--"))
        }
    }

    func testSQLLookingTextIsStoredIntact() throws {
        let hostile = "'; DROP TABLE orders; --"
        try database.setComponent(
            name: hostile, status: .partialOutage, incident: hostile, at: time("2025-03-04T09:00:00Z"))
        let status = try database.serviceStatus()
        XCTAssertEqual(status.components.first?.name, hostile)
        XCTAssertEqual(status.components.first?.id, "drop-table-orders")
        XCTAssertEqual(status.incidents.first?.updates.first?.body, hostile)
        XCTAssertEqual(try database.orderCount(), 0)
    }
}
