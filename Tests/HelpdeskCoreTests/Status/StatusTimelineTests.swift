import Foundation
import XCTest

@testable import HelpdeskCore

final class StatusTimelineTests: XCTestCase {
    private func at(_ text: String) -> Date {
        guard let date = ISO8601.parse(text) else {
            XCTFail("bad time \(text)")
            return Date(timeIntervalSince1970: 0)
        }
        return date
    }

    private var timeline: StatusTimeline {
        let incident = Incident(
            id: "inc", name: "Delayed imports", status: .resolved, impact: .major, startedAt: at("2025-03-04T11:00:00Z"),
            resolvedAt: at("2025-03-04T13:00:00Z"), componentIDs: ["imports"],
            updates: [
                IncidentUpdate(id: "1", status: .investigating, body: "Looking into it.", createdAt: at("2025-03-04T11:00:00Z")),
                IncidentUpdate(id: "2", status: .identified, body: "Found the cause.", createdAt: at("2025-03-04T12:00:00Z")),
                IncidentUpdate(id: "3", status: .resolved, body: "Fixed.", createdAt: at("2025-03-04T13:00:00Z")),
            ])
        let maintenance = Incident(
            id: "mnt", name: "Database upgrade", status: .completed, impact: .maintenance, startedAt: at("2025-03-05T01:00:00Z"),
            resolvedAt: at("2025-03-05T03:00:00Z"), isMaintenance: true, scheduledFor: at("2025-03-05T01:00:00Z"),
            scheduledUntil: at("2025-03-05T03:00:00Z"))
        return StatusTimeline(
            components: [StatusComponent(id: "imports", name: "Order imports", status: .operational)],
            incidents: [incident, maintenance],
            componentChanges: [
                .init(componentID: "imports", at: at("2025-03-04T11:00:00Z"), oldStatus: .operational, newStatus: .partialOutage),
                .init(componentID: "imports", at: at("2025-03-04T13:00:00Z"), oldStatus: .partialOutage, newStatus: .operational),
            ])
    }

    func testAnIncidentIsOpenOnlyWhileItWasGoingOnWithTheUpdatesPostedSoFar() {
        let before = timeline.status(at: at("2025-03-04T10:59:00Z"))
        XCTAssertEqual(before.openIncidents(at: at("2025-03-04T10:59:00Z")).map(\.id), [])
        XCTAssertEqual(before.components.first?.status, .operational)

        let during = timeline.status(at: at("2025-03-04T12:30:00Z"))
        let open = during.openIncidents(at: at("2025-03-04T12:30:00Z"))
        XCTAssertEqual(open.map(\.id), ["inc"])
        XCTAssertEqual(open.first?.status, .identified)
        XCTAssertEqual(open.first?.updates.map(\.id), ["1", "2"])
        XCTAssertNil(open.first?.resolvedAt)
        XCTAssertEqual(during.components.first?.status, .partialOutage)
        XCTAssertEqual(during.fetchedAt, at("2025-03-04T12:30:00Z"))

        let after = timeline.status(at: at("2025-03-04T14:00:00Z"))
        XCTAssertEqual(after.openIncidents(at: at("2025-03-04T14:00:00Z")).map(\.id), [])
        XCTAssertEqual(after.components.first?.status, .operational)
    }

    func testMaintenanceIsScheduledBeforeItsWindowAndInProgressDuringIt() {
        let evening = timeline.status(at: at("2025-03-04T20:00:00Z"))
        XCTAssertEqual(evening.incidents.first { $0.id == "mnt" }?.status, nil, "not announced before it started")
        let night = timeline.status(at: at("2025-03-05T02:00:00Z"))
        XCTAssertEqual(night.openIncidents(at: at("2025-03-05T02:00:00Z")).map(\.id), ["mnt"])
        XCTAssertEqual(night.incidents.first { $0.id == "mnt" }?.status, .inProgress)
    }

    func testEpochsChangeOnlyAtRecordedEvents() {
        let timeline = timeline
        XCTAssertEqual(timeline.epoch(at: at("2025-03-04T11:30:00Z")), timeline.epoch(at: at("2025-03-04T11:59:59Z")))
        XCTAssertNotEqual(timeline.epoch(at: at("2025-03-04T11:59:59Z")), timeline.epoch(at: at("2025-03-04T12:00:00Z")))
    }

    func testAnEmptyHistoryKnowsNothing() {
        let empty = StatusTimeline(components: [], incidents: [], componentChanges: [])
        XCTAssertNil(empty.status(at: at("2025-03-04T12:00:00Z")).fetchedAt)
    }
}

final class FactsAsOfTests: XCTestCase {
    private let noon = Date(timeIntervalSince1970: 1_741_089_600)  // 2025-03-04T12:00:00Z

    func testWhatHadNotHappenedYetIsTakenAway() throws {
        let order = Order(
            channel: .ebay, orderNumber: "24-14934-88735", placedAt: noon.addingTimeInterval(-7200),
            importedAt: noon.addingTimeInterval(-3600), dispatchedAt: noon.addingTimeInterval(3600),
            exportedAt: noon.addingTimeInterval(5400), carrier: "DPD", trackingNumber: "15501234567890", state: .dispatched,
            addressChangedAt: noon.addingTimeInterval(600))
        let later = Order(channel: .ebay, orderNumber: "24-00000-00001", importedAt: noon.addingTimeInterval(60), state: .awaitingDispatch)
        let channels = [
            ChannelState(channel: .ebay, connectedAt: noon.addingTimeInterval(-86_400), lastImportAt: noon.addingTimeInterval(900)),
            ChannelState(channel: .etsy, connectedAt: noon.addingTimeInterval(60)),
        ]
        let facts = FactsAsOf(InMemoryFacts(orders: [order, later], channels: channels), at: noon)
        let then = try XCTUnwrap(try facts.orders(matchingKey: order.lookupKey).first)
        XCTAssertEqual(then.state, .awaitingDispatch)
        XCTAssertNil(then.dispatchedAt)
        XCTAssertNil(then.trackingNumber)
        XCTAssertNil(then.carrier)
        XCTAssertNil(then.exportedAt)
        XCTAssertNil(then.addressChangedAt)
        XCTAssertEqual(try facts.orders(matchingKey: later.lookupKey), [])
        XCTAssertEqual(try facts.orders(trackingKey: "15501234567890"), [])
        XCTAssertEqual(try facts.channelStates().map(\.channel), [.ebay])
        XCTAssertNil(try facts.channelState(.ebay)?.lastImportAt)
        XCTAssertNil(try facts.channelState(.etsy))

        let evening = FactsAsOf(InMemoryFacts(orders: [order], channels: channels), at: noon.addingTimeInterval(8 * 3600))
        XCTAssertEqual(try evening.orders(matchingKey: order.lookupKey), [order])
        XCTAssertEqual(try evening.orders(trackingKey: "15501234567890").count, 1)
    }

    /// The only connected channel, as taken without building the channels' states, is the one the
    /// channels' states give, at moments before, between and after the channels' times.
    func testOnlyConnectedChannelAgreesWithTheChannelsStates() throws {
        let channels = [
            ChannelState(channel: .ebay, connectedAt: noon.addingTimeInterval(-86_400), lastImportAt: noon.addingTimeInterval(900)),
            ChannelState(channel: .etsy, connectedAt: noon.addingTimeInterval(60)),
            ChannelState(channel: .amazon),
        ]
        var answers: [Channel?] = []
        for sources in [Array(channels.prefix(2)), channels, [channels[0]], [channels[1]], []] {
            for offset in [-90_000.0, -3600, 0, 60, 61, 1000, 90_000] {
                let facts = FactsAsOf(InMemoryFacts(channels: sources), at: noon.addingTimeInterval(offset))
                let states = try facts.channelStates()
                let expected = states.count == 1 ? states[0].channel : nil
                XCTAssertEqual(try facts.onlyConnectedChannel(), expected, "\(sources.map(\.channel)) at \(offset)")
                answers.append(expected)
            }
        }
        XCTAssertTrue(answers.contains(.ebay))
        XCTAssertTrue(answers.contains(.etsy))
        XCTAssertTrue(answers.contains(nil))
    }
}
