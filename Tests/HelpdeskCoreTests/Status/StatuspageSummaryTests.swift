import Foundation
import HelpdeskCore
import XCTest

final class StatuspageSummaryTests: XCTestCase {
    /// The example document of REFERENCE.md §3.1, cut to what matters.
    static let fixture = """
        {"page":{"id":"kctbh9vrtdwd","name":"ExampleSync Status","updated_at":"2025-03-04T10:12:31.000Z"},
         "components":[
          {"id":"b13yz5g2cw10","name":"Dashboard","status":"operational","position":1,"group_id":null,"group":false},
          {"id":"9397cnvk62zn","name":"Amazon channel","status":"degraded_performance","position":2,"group":false},
          {"id":"rhznvxg4v7yh","name":"Royal Mail","status":"under_maintenance","position":3,"group":false}],
         "incidents":[{"id":"cp306tmzcl0y","name":"Delayed Amazon order imports","status":"identified",
           "created_at":"2025-03-04T09:58:10.000Z","resolved_at":null,"impact":"minor","started_at":"2025-03-04T09:50:00.000Z",
           "incident_updates":[{"id":"jdy3tw5mt5r5","status":"identified","body":"Amazon order imports are running up to 60 minutes behind.",
             "created_at":"2025-03-04T10:12:31.000Z","display_at":"2025-03-04T10:12:31.000Z","affected_components":null}],
           "components":[{"id":"9397cnvk62zn","name":"Amazon channel","status":"degraded_performance"}]}],
         "scheduled_maintenances":[{"id":"w1zdr745wmfy","name":"Royal Mail API maintenance","status":"in_progress",
           "created_at":"2025-03-01T12:00:00.000Z","impact":"maintenance","started_at":"2025-03-04T08:00:00.000Z",
           "incident_updates":[],"components":[],"scheduled_for":"2025-03-04T08:00:00.000Z","scheduled_until":"2025-03-04T12:00:00.000Z"}],
         "status":{"indicator":"none","description":"All Systems Operational"}}
        """

    func testParsesComponentsIncidentsAndMaintenance() throws {
        let status = try StatuspageSummary.parse(Data(Self.fixture.utf8))
        XCTAssertEqual(status.components.map(\.name), ["Dashboard", "Amazon channel", "Royal Mail"])
        XCTAssertEqual(status.components[1].status, .degradedPerformance)
        XCTAssertEqual(status.incidents.count, 2)
        let incident = try XCTUnwrap(status.incidents.first { !$0.isMaintenance })
        XCTAssertEqual(incident.componentIDs, ["9397cnvk62zn"])
        XCTAssertEqual(incident.latestUpdate?.body, "Amazon order imports are running up to 60 minutes behind.")
        // Our own roll-up disagrees with the feed's "none" indicator.
        XCTAssertEqual(status.overall, .degradedPerformance)
        let now = Shared.date("2025-03-04T10:30:00Z")
        XCTAssertEqual(status.openIncidents(at: now).count, 2)
        // Maintenance still "in progress" after its window has overrun: it is still going on.
        XCTAssertEqual(status.openIncidents(at: Shared.date("2025-03-04T13:00:00Z")).count, 2)
    }

    func testMalformedDocumentsNameTheProblem() {
        XCTAssertThrowsError(try StatuspageSummary.parse(Data("not json".utf8)))
        XCTAssertThrowsError(try StatuspageSummary.parse(Data(#"{"components":[{"id":"a","name":"A","status":"on_fire"}]}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("on_fire"), "\(error)")
        }
        XCTAssertThrowsError(try StatuspageSummary.parse(Data(#"{"components":[{"id":"a","status":"operational"}]}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("name"), "\(error)")
        }
        XCTAssertThrowsError(try StatuspageSummary.parse(Data(#"{"page":{}}"#.utf8)))
    }

    func testPartialDocumentWithOnlyComponentsIsAccepted() throws {
        let status = try StatuspageSummary.parse(Data(#"{"components":[{"id":"a","name":"Dashboard","status":"major_outage"}]}"#.utf8))
        XCTAssertEqual(status.overall, .majorOutage)
        XCTAssertTrue(status.incidents.isEmpty)
    }
}
