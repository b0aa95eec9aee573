import Foundation
import HelpdeskCore
import XCTest

final class StatusPresentationTests: XCTestCase {
    private let now = Shared.date("2025-03-04T10:30:00Z")

    private var referenceStatus: ServiceStatus {
        get throws {
            var status = try StatuspageSummary.parse(StatusFixtures.data(StatusFixtures.statuspageSummary))
            status.components.append(StatusComponent(id: "ebay", name: "eBay channel", status: .operational, position: 4))
            status.components.append(StatusComponent(id: "dpd", name: "DPD", status: .operational, position: 5))
            status.fetchedAt = Shared.date("2025-03-04T10:29:00Z")
            return status
        }
    }

    func testStatedDelays() {
        XCTAssertEqual(IncidentDelay.stated(in: "Amazon order imports are running up to 60 minutes behind."), 3600)
        XCTAssertEqual(IncidentDelay.stated(in: "Delays of 1.5h expected; updates every 30 min"), 5400)
        XCTAssertEqual(IncidentDelay.stated(in: "a 90-minute backlog"), 5400)
        XCTAssertEqual(IncidentDelay.stated(in: "Импорт отстаёт на 2 часа"), 7200)
        XCTAssertEqual(IncidentDelay.stated(in: "задержка до 45 минут"), 2700)
        XCTAssertNil(IncidentDelay.stated(in: "Since 10:12 on 2025-03-04, 3 channels affected"))
        XCTAssertNil(IncidentDelay.stated(in: "We are investigating."))
    }

    func testComponentsAreGroupedByWhatTheyBearOn() throws {
        let map = try Shared.knowledgeBase().components
        let group = { (name: String) in ComponentGroup.of(StatusComponent(id: Slug.make(name), name: name, status: .operational), in: map) }
        XCTAssertEqual(group("Dashboard"), .dashboard)
        XCTAssertEqual(group("Login and ID service"), .dashboard)
        XCTAssertEqual(group("Amazon channel"), .channels)
        XCTAssertEqual(group("Royal Mail"), .carriers)
        XCTAssertEqual(group("Something else"), .dashboard)
    }

    func testExplicitComponentMappingsInStatusYAML() throws {
        let folder = try TestPaths.knowledgeBaseCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("status.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "\ncomponents:\n  sp-api-poller: [channel:amazon]\n  \"Label printer\": [carrier:royal-mail, everyone]\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let base = try KnowledgeBase.load(from: folder)
        let poller = StatusComponent(id: "sp-api-poller", name: "SP-API poller", status: .operational)
        XCTAssertEqual(base.components.targets(of: poller), [.channel(.amazon)])
        let printer = StatusComponent(id: "x9", name: "Label Printer", status: .operational)
        XCTAssertEqual(base.components.targets(of: printer), [.carrier("royal-mail"), .everyone])

        try (text + "  broken: [channel:myspace]\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try KnowledgeBase.load(from: folder)) { error in
            XCTAssertTrue("\(error)".contains("status.yaml"), "\(error)")
            XCTAssertTrue("\(error)".contains("channel:myspace"), "\(error)")
        }
    }

    func testAnnouncementTemplatesAreValidatedOnLoad() throws {
        let folder = try TestPaths.knowledgeBaseCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("templates/ru.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "{next_update_at}", with: "{next_update}")
            .replacingOccurrences(of: "  advice.carrier:", with: "  advice.courier:")
            .write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try KnowledgeBase.load(from: folder)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("templates/ru.yaml"), text)
            XCTAssertTrue(text.contains("{next_update}"), text)
            XCTAssertTrue(text.contains("advice.carrier"), text)
        }
    }

    func testAnnouncementsSayWhatIsAffectedWhatWorksWhatToDoAndWhenNext() throws {
        let announcer = Announcer(knowledgeBase: try Shared.knowledgeBase())
        let announcements = announcer.announcements(for: try referenceStatus, now: now)
        XCTAssertEqual(announcements.map(\.language), [.en, .ru, .en, .ru])
        XCTAssertEqual(announcements.map(\.isMaintenance), [false, false, true, true])
        let english = announcements[0].text
        XCTAssertTrue(english.contains("Delayed Amazon order imports"), english)
        XCTAssertTrue(english.contains("Affected: Amazon channel"), english)
        XCTAssertTrue(english.contains("the dashboard"), english)
        XCTAssertTrue(english.contains("the other sales channels"), english)
        XCTAssertTrue(english.contains("DPD"), "Royal Mail is in maintenance, so the working carriers are named: \(english)")
        XCTAssertTrue(english.contains("Orders from Amazon keep waiting"), english)
        XCTAssertTrue(english.contains("1 hour"), "the stated delay: \(english)")
        // Latest update at 10:12 and updates every 30 minutes: the next is due by 10:42.
        XCTAssertTrue(english.contains("Next update by 10:42"), english)
        XCTAssertEqual(announcements[0].nextUpdateAt, Shared.date("2025-03-04T10:42:31Z"))
        let russian = announcements[1].text
        XCTAssertTrue(russian.contains("Затронуто: Amazon channel"), russian)
        XCTAssertTrue(russian.contains("до 10:42"), russian)
        XCTAssertTrue(russian.contains("остальные каналы продаж"), russian)
        let maintenance = announcements[2].text
        XCTAssertTrue(maintenance.contains("Royal Mail API maintenance"), maintenance)
        XCTAssertTrue(maintenance.contains("until 12:00"), maintenance)
        XCTAssertTrue(maintenance.contains("No action is needed"), maintenance)
    }

    func testNoOpenIncidentsNoAnnouncements() throws {
        let announcer = Announcer(knowledgeBase: try Shared.knowledgeBase())
        var status = try referenceStatus
        status.incidents = status.incidents.map { incident in
            var closed = incident
            closed.status = incident.isMaintenance ? .completed : .resolved
            return closed
        }
        XCTAssertEqual(announcer.announcements(for: status, now: now), [])
    }

    func testStatusPageIsSelfContainedAndComplete() throws {
        let writer = StatusPageHTML(knowledgeBase: try Shared.knowledgeBase())
        let past = [
            PastIncident(
                incident: Incident(
                    id: "old", name: "Slow <exports>", status: .resolved, impact: .minor, startedAt: Shared.date("2025-02-10T09:00:00Z"),
                    resolvedAt: Shared.date("2025-02-10T11:00:00Z"),
                    updates: [IncidentUpdate(id: "o1", status: .resolved, body: "All caught up.", createdAt: Shared.date("2025-02-10T11:00:00Z"))]),
                componentNames: ["eBay channel"]),
            PastIncident(
                incident: Incident(
                    id: "ancient", name: "Ancient outage", status: .resolved, impact: .major, startedAt: Shared.date("2024-10-01T09:00:00Z"),
                    resolvedAt: Shared.date("2024-10-01T10:00:00Z")),
                componentNames: []),
        ]
        let html = writer.render(status: try referenceStatus, past: past, now: now, language: .en)
        for needle in [
            "<html lang=\"en\">", "name=\"viewport\"", "<style>", "Some services are running slowly", "Last updated",
            "Dashboard and services", "Sales channels", "Carriers", "Delayed Amazon order imports",
            "Amazon order imports are running up to 60 minutes behind.", "Royal Mail API maintenance", "Degraded performance",
            "Past incidents (last 90 days)", "Slow &lt;exports&gt;", "All caught up.",
        ] {
            XCTAssertTrue(html.contains(needle), "missing \(needle)")
        }
        XCTAssertFalse(html.contains("Ancient outage"), "older than 90 days")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("src="), "no external resources")
        XCTAssertFalse(html.contains("<link"), "no external style sheets")
        XCTAssertFalse(html.contains("This status is"), "fresh status has no warning")

        let stale = writer.render(status: try referenceStatus, past: [], now: now.addingTimeInterval(7200), language: .ru)
        XCTAssertTrue(stale.contains("<html lang=\"ru\">"))
        XCTAssertTrue(stale.contains("Статус обновлялся 2 часа 1 минуту назад"), stale)
        XCTAssertTrue(stale.contains("Каналы продаж"))
    }
}
