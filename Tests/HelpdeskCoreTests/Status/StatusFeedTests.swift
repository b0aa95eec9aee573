import Foundation
import HelpdeskCore
import XCTest

/// Documents by location, for reading feeds without files or a network.
struct MemoryLoader: StatusDocumentLoader {
    var documents: [String: String]

    func load(_ location: String) throws(StatusFeedError) -> Data {
        guard let text = documents[location] else { throw .unreadable(location: location, reason: "no such file") }
        return Data(text.utf8)
    }
}

final class StatusFeedTests: XCTestCase {
    private func read(_ documents: [String: String], _ source: String, format: StatusFeedFormat? = nil) throws -> FeedReading {
        try StatusFeedReader(loader: MemoryLoader(documents: documents)).read(source, format: format)
    }

    func testDetectsEachFormatFromTheDocument() {
        XCTAssertEqual(StatusFeedFormat.detect(StatusFixtures.data(StatusFixtures.statuspageSummary)), .statuspage)
        XCTAssertEqual(StatusFeedFormat.detect(StatusFixtures.data(StatusFixtures.cachetComponents)), .cachet)
        XCTAssertEqual(StatusFeedFormat.detect(StatusFixtures.data(StatusFixtures.kumaPage)), .uptimeKuma)
        XCTAssertNil(StatusFeedFormat.detect(StatusFixtures.data(StatusFixtures.kumaHeartbeats)))
        XCTAssertNil(StatusFeedFormat.detect(Data("<html>".utf8)))
    }

    func testStatuspageReferenceExample() throws {
        let reading = try read(["summary.json": StatusFixtures.statuspageSummary], "summary.json")
        XCTAssertEqual(reading.format, .statuspage)
        let status = reading.status
        XCTAssertEqual(status.components.map(\.name), ["Dashboard", "Amazon channel", "Royal Mail"])
        XCTAssertEqual(status.overall, .degradedPerformance, "our roll-up, whatever the feed's indicator says")
        let now = Shared.date("2025-03-04T10:30:00Z")
        XCTAssertEqual(status.openIncidents(at: now).map(\.name), ["Delayed Amazon order imports", "Royal Mail API maintenance"])
        XCTAssertEqual(status.incidents.first { $0.isMaintenance }?.scheduledUntil, Shared.date("2025-03-04T12:00:00Z"))
    }

    func testCachetComponentsAndIncidentsBesideThem() throws {
        let reading = try read(
            [
                "https://status.example.com/api/v1/components": StatusFixtures.cachetComponents,
                "https://status.example.com/api/v1/incidents": StatusFixtures.cachetIncidents,
            ], "https://status.example.com/api/v1/components")
        XCTAssertEqual(reading.format, .cachet)
        let status = reading.status
        XCTAssertEqual(status.components.map(\.name), ["Dashboard", "eBay channel", "DPD"])
        XCTAssertEqual(status.components.map(\.status), [.operational, .partialOutage, .underMaintenance])
        XCTAssertEqual(status.components[1].updatedAt, Shared.date("2025-03-04T10:02:44Z"))
        XCTAssertEqual(reading.notes.count, 1)
        XCTAssertTrue(reading.notes[0].contains("Metrics export"), reading.notes[0])

        XCTAssertEqual(Set(status.incidents.map(\.id)), ["11", "10", "12"], "the hidden incident is left out")
        let open = try XCTUnwrap(status.incidents.first { $0.id == "11" })
        XCTAssertEqual(open.status, .identified)
        XCTAssertEqual(open.impact, .major, "follows the component's partial outage")
        XCTAssertEqual(open.startedAt, Shared.date("2025-03-04T09:45:00Z"))
        XCTAssertEqual(open.componentIDs, ["2"])
        XCTAssertEqual(open.latestUpdate?.body, "eBay's API is rejecting our requests; imports are paused for up to 2 hours.")
        let fixed = try XCTUnwrap(status.incidents.first { $0.id == "10" })
        XCTAssertEqual(fixed.status, .resolved)
        XCTAssertEqual(fixed.resolvedAt, Shared.date("2025-03-03T13:00:00Z"))
        let maintenance = try XCTUnwrap(status.incidents.first { $0.id == "12" })
        XCTAssertTrue(maintenance.isMaintenance)
        XCTAssertEqual(maintenance.scheduledFor, Shared.date("2025-03-04T08:00:00Z"))
        let now = Shared.date("2025-03-04T10:30:00Z")
        XCTAssertEqual(Set(status.openIncidents(at: now).map(\.id)), ["11", "12"])
    }

    func testCachetSiteAddressWithFormatFindsTheAPI() throws {
        let reading = try read(
            [
                "https://status.example.com/api/v1/components": StatusFixtures.cachetComponents,
                "https://status.example.com/api/v1/incidents": StatusFixtures.cachetIncidents,
            ], "https://status.example.com", format: .cachet)
        XCTAssertEqual(reading.status.components.count, 3)
    }

    func testCachetFilesAndPagination() throws {
        let page2 = StatusFixtures.cachetComponents
            .replacingOccurrences(of: #""id": 1, "name": "Dashboard""#, with: #""id": 21, "name": "Login""#)
            .replacingOccurrences(of: #""id": 2,"#, with: #""id": 22,"#)
            .replacingOccurrences(of: #""id": 3,"#, with: #""id": 23,"#)
            .replacingOccurrences(of: #""id": 4,"#, with: #""id": 24,"#)
        let page1 = StatusFixtures.cachetComponents.replacingOccurrences(
            of: #""next_page": null"#, with: #""next_page": "feed/components-page2.json""#)
        let reading = try read(
            [
                "feed/cachet-components.json": page1, "feed/components-page2.json": page2,
                "feed/cachet-incidents.json": StatusFixtures.cachetIncidents,
            ], "feed/cachet-components.json")
        XCTAssertEqual(reading.status.components.count, 6)
        XCTAssertTrue(reading.status.components.contains { $0.name == "Login" })
    }

    func testCachetWithoutItsIncidentsFailsInsteadOfResolvingEverything() {
        XCTAssertThrowsError(
            try read(["https://s.example.com/api/v1/components": StatusFixtures.cachetComponents], "https://s.example.com/api/v1/components")
        ) { error in
            XCTAssertEqual(
                error as? StatusFeedError, .unreadable(location: "https://s.example.com/api/v1/incidents", reason: "no such file"))
        }
    }

    func testUptimeKumaPageAndHeartbeats() throws {
        let reading = try read(
            [
                "https://kuma.example.com/api/status-page/main": StatusFixtures.kumaPage,
                "https://kuma.example.com/api/status-page/heartbeat/main": StatusFixtures.kumaHeartbeats,
            ], "https://kuma.example.com/status/main", format: .uptimeKuma)
        XCTAssertEqual(reading.format, .uptimeKuma)
        let status = reading.status
        XCTAssertEqual(status.components.map(\.name), ["Dashboard", "Login and ID service", "Etsy channel", "Evri", "Yodel"])
        XCTAssertEqual(
            status.components.map(\.status), [.operational, .operational, .majorOutage, .underMaintenance, .degradedPerformance])
        XCTAssertEqual(status.components[2].groupName, "Channels")
        XCTAssertEqual(status.components[0].updatedAt?.timeIntervalSince1970 ?? 0, Shared.date("2025-03-04T10:01:00Z").timeIntervalSince1970 + 0.456, accuracy: 0.001)
        XCTAssertEqual(reading.notes, ["monitor `Shopify channel` has no heartbeats yet; left out"])

        let down = try XCTUnwrap(status.incidents.first { $0.componentIDs == ["3"] })
        XCTAssertEqual(down.startedAt, Shared.date("2025-03-04T09:59:00Z"), "open since the first heartbeat that was not up")
        XCTAssertEqual(down.impact, .major)
        XCTAssertEqual(down.name, "Etsy channel: connect ECONNREFUSED")
        XCTAssertEqual(status.incidents.first { $0.componentIDs == ["6"] }?.impact, .minor)

        let maintenance = status.incidents.filter(\.isMaintenance)
        XCTAssertEqual(maintenance.map(\.name), ["Evri label service upgrade", "Database upgrade"], "ended maintenance is left out")
        XCTAssertEqual(maintenance[0].componentIDs, ["5"])
        XCTAssertEqual(maintenance[0].status, .inProgress)
        XCTAssertEqual(maintenance[1].scheduledFor, Shared.date("2025-03-09T02:00:00Z"))
        let now = Shared.date("2025-03-04T10:30:00Z")
        XCTAssertEqual(status.openIncidents(at: now).count, 3)
    }

    func testUptimeKumaPinnedIncidentCoversTheMonitorsThatAreDown() throws {
        let page = StatusFixtures.kumaPage.replacingOccurrences(
            of: #""incident": null"#,
            with: #""incident": {"id": 5, "style": "danger", "title": "Etsy orders delayed", "content": "Etsy is timing out.", "pin": true, "createdDate": "2025-03-04 09:58:10", "lastUpdatedDate": "2025-03-04 10:05:00"}"#)
        let reading = try read(["kuma/main.json": page, "kuma/heartbeat/main.json": StatusFixtures.kumaHeartbeats], "kuma/main.json")
        let incidents = reading.status.incidents.filter { !$0.isMaintenance }
        XCTAssertEqual(incidents.count, 1)
        XCTAssertEqual(incidents[0].name, "Etsy orders delayed")
        XCTAssertEqual(incidents[0].impact, .major)
        XCTAssertEqual(Set(incidents[0].componentIDs), ["3", "6"])
        XCTAssertEqual(incidents[0].latestUpdate?.createdAt, Shared.date("2025-03-04T10:05:00Z"))
    }

    func testMalformedAndPartialDocumentsNameWhatIsWrong() {
        let cases: [(name: String, documents: [String: String], source: String, expect: String)] = [
            ("garbage", ["f": "<html><body>Bad gateway</body></html>"], "f", "not JSON"),
            ("empty", ["f": ""], "f", "empty"),
            ("heartbeat instead of page", ["f": StatusFixtures.kumaHeartbeats], "f", "heartbeat document"),
            ("unknown keys", ["f": #"{"hello": 1}"#], "f", "hello"),
            ("Statuspage bad state", ["f": #"{"components":[{"id":"a","name":"A","status":"melting"}]}"#], "f", "melting"),
            ("Statuspage missing name", ["f": #"{"components":[{"id":"a","status":"operational"}]}"#], "f", "components[0].name"),
            ("Statuspage incident without time", ["f": #"{"incidents":[{"id":"i","name":"I","status":"identified"}]}"#], "f", "started_at"),
            (
                "Cachet bad state", ["x/components": #"{"data":[{"id":1,"name":"A","status":9}]}"#, "x/incidents": #"{"data":[]}"#],
                "x/components", "`9`"
            ),
            (
                "Cachet bad incidents", ["x/components": #"{"data":[{"id":1,"name":"A","status":1}]}"#, "x/incidents": "oops"],
                "x/components", "incidents document x/incidents"
            ),
            (
                "Kuma bad heartbeat time",
                ["k/main": StatusFixtures.kumaPage, "k/heartbeat/main": #"{"heartbeatList":{"1":[{"status":1,"time":"yesterday"}]}}"#],
                "k/main", "yesterday"
            ),
            ("missing file", [:], "nowhere.json", "no such file"),
        ]
        for item in cases {
            XCTAssertThrowsError(try read(item.documents, item.source), item.name) { error in
                XCTAssertTrue("\(error)".contains(item.expect), "\(item.name): \(error)")
                XCTAssertTrue("\(error)".contains(item.source) || item.source.isEmpty, "\(item.name) names the source: \(error)")
            }
        }
    }

    func testPartialDocumentsAreReadAsFarAsTheyGo() throws {
        let onlyIncidents = try read(
            ["f": #"{"incidents":[{"id":"i","name":"Slow imports","status":"investigating","created_at":"2025-03-04T10:00:00Z"}]}"#], "f")
        XCTAssertEqual(onlyIncidents.status.components, [])
        XCTAssertEqual(onlyIncidents.status.incidents.map(\.name), ["Slow imports"])
        let kumaWithoutMaintenance = StatusFixtures.kumaPage.replacingOccurrences(of: #""maintenanceList""#, with: #""ignored""#)
        let reading = try read(["k/main": kumaWithoutMaintenance, "k/heartbeat/main": StatusFixtures.kumaHeartbeats], "k/main")
        XCTAssertFalse(reading.status.incidents.contains(where: \.isMaintenance))
    }

    func testFileLoaderReadsFilesAndNamesMissingOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-status-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("summary.json")
        try StatusFixtures.statuspageSummary.write(to: file, atomically: true, encoding: .utf8)
        let reader = StatusFeedReader(loader: StatusSourceLoader(timeout: 1))
        XCTAssertEqual(try reader.read(file.path).status.components.count, 3)
        XCTAssertEqual(try reader.read(file.absoluteString).status.components.count, 3, "file:// URLs too")
        XCTAssertThrowsError(try reader.read(folder.appendingPathComponent("none.json").path)) { error in
            XCTAssertTrue("\(error)".contains("none.json"), "\(error)")
        }
    }

    func testNetworkErrorsAreNamed() {
        // Port 9 on loopback (discard) has no listener here: the connection is refused at once.
        let reader = StatusFeedReader(loader: StatusSourceLoader(timeout: 2))
        XCTAssertThrowsError(try reader.read("http://127.0.0.1:9/summary.json")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("http://127.0.0.1:9/summary.json"), text)
            XCTAssertTrue(text.contains("cannot fetch") || text.contains("timed out"), text)
        }
    }
}
