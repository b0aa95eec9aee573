import Foundation
import XCTest

@testable import HelpdeskStore

/// The hand-off between an import's reading thread and its saving thread.
final class BatchHandOffTests: XCTestCase {
    private struct Refused: Error, Equatable {}

    func testBatchesArriveInOrderAcrossThreadsThenTheEnd() throws {
        let handOff = BatchHandOff<[Int]>(capacity: 1)
        let sender = Thread {
            for batch in 0..<50 { try? handOff.send([batch, batch]) }
            handOff.finish()
        }
        sender.start()
        var received: [[Int]] = []
        while let batch = try handOff.receive() { received.append(batch) }
        XCTAssertEqual(received, (0..<50).map { [$0, $0] })
        XCTAssertNil(try handOff.receive(), "still the end")
    }

    func testAFailedReceiverStopsTheSenderWithItsError() {
        let handOff = BatchHandOff<[Int]>(capacity: 1)
        XCTAssertNoThrow(try handOff.send([1]))
        handOff.fail(Refused())
        XCTAssertThrowsError(try handOff.send([2])) { error in
            XCTAssertEqual(error as? Refused, Refused())
        }
    }

    func testASenderWaitingForRoomIsWokenByTheFailure() throws {
        let handOff = BatchHandOff<[Int]>(capacity: 1)
        try handOff.send([1])
        let failing = Thread {
            Thread.sleep(forTimeInterval: 0.05)
            handOff.fail(Refused())
        }
        failing.start()
        XCTAssertThrowsError(try handOff.send([2]), "no room until the receiver fails") { error in
            XCTAssertEqual(error as? Refused, Refused())
        }
    }

    func testTheSenderIsAheadWhenItsBatchesWaitForTheReceiver() throws {
        let handOff = BatchHandOff<[Int]>(capacity: 3)
        XCTAssertTrue(handOff.senderIsAhead, "nothing known yet")
        for batch in 0..<3 { try handOff.send([batch]) }
        handOff.finish()
        while try handOff.receive() != nil {}
        XCTAssertTrue(handOff.senderIsAhead)
    }

    func testTheSenderIsBehindWhenTheReceiverWaitsForItsBatches() throws {
        let handOff = BatchHandOff<[Int]>(capacity: 3)
        let slowSender = Thread {
            for batch in 0..<3 {
                Thread.sleep(forTimeInterval: 0.05)
                try? handOff.send([batch])
            }
            handOff.finish()
        }
        slowSender.start()
        while try handOff.receive() != nil {}
        XCTAssertFalse(handOff.senderIsAhead)
    }

    func testACancelledSenderStopsTheReceiver() throws {
        let handOff = BatchHandOff<[Int]>(capacity: 2)
        try handOff.send([1])
        handOff.cancel()
        XCTAssertThrowsError(try handOff.receive()) { error in
            XCTAssertTrue(error is BatchHandOff<[Int]>.Cancelled)
        }
    }
}
