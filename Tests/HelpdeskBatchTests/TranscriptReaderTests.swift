import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskBatch

final class JSONLinesTranscriptReaderTests: XCTestCase {
    func testReadsEveryFieldAndSkipsBlankLinesAndUnknownKeys() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "chats.jsonl",
            """
            {"conversation_id": "chat-1", "timestamp": "2025-03-04T09:58:00Z", "role": "customer", "text": "where is my order?", "via": "chat"}

            {"role":"agent","text":"Checking.","timestamp":"2025-03-04T09:59:00+01:00","conversation_id":42,"extra":{"a":[1,2,{"b":null}]}}
            """)
        let (lines, problems) = readAll(JSONLinesTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].conversationID, "chat-1")
        XCTAssertEqual(lines[0].role, .customer)
        XCTAssertEqual(lines[0].text, "where is my order?")
        XCTAssertEqual(lines[0].via, "chat")
        XCTAssertEqual(lines[0].line, 1)
        XCTAssertEqual(lines[0].timestamp, utc("2025-03-04T09:58:00Z"))
        XCTAssertEqual(lines[1].conversationID, "42")
        XCTAssertEqual(lines[1].role, .agent)
        XCTAssertNil(lines[1].via)
        XCTAssertEqual(lines[1].line, 3)
        XCTAssertEqual(lines[1].timestamp, utc("2025-03-04T08:59:00Z"))
    }

    func testDecodesEscapesIncludingSurrogatePairs() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "escapes.jsonl",
            #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"a \"quote\" \\ caf\u00e9 \ud83d\udce6 \u0433\u0434\u0435\nnext\/line"}"#)
        let (lines, problems) = readAll(JSONLinesTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.first?.text, "a \"quote\" \\ café 📦 где\nnext/line")
    }

    func testEveryKindOfBadLineIsReportedWithItsLineAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        let good = #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"hello"}"#
        var bytes: [UInt8] = []
        func add(_ text: String) { bytes += Array(text.utf8) + [0x0A] }
        add(good)  // 1
        add("this is not json")  // 2
        bytes += Array(#"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"bad "#.utf8)
        bytes += [0xC3, 0x28]  // 3: invalid UTF-8 inside the text
        bytes += Array(#""}"#.utf8) + [0x0A]
        add(#"{"timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"no conversation"}"#)  // 4
        add(#"{"conversation_id":"c","timestamp":"yesterday","role":"customer","text":"x"}"#)  // 5
        add(#"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"robot","text":"x"}"#)  // 6
        add(#"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":""#)  // 7: unterminated
        add(
            #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":""#
                + String(repeating: "x", count: 10_000_000) + #""}"#)  // 8: a 10 MB message
        add(#"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer"}"#)  // 9: no text
        add(good)  // 10
        let path = try folder.write("bad.jsonl", bytes)
        let (lines, problems) = readAll(JSONLinesTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(lines.map(\.line), [1, 10])
        XCTAssertEqual(problems.map(\.line), [2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertTrue(problems.allSatisfy { $0.source == path })
        XCTAssertTrue(problems[0].reason.hasPrefix("not a JSON object"), problems[0].reason)
        XCTAssertEqual(problems[1].field, "text")
        XCTAssertEqual(problems[1].reason, "not valid UTF-8")
        XCTAssertEqual(problems[2].field, "conversation_id")
        XCTAssertEqual(problems[3].field, "timestamp")
        XCTAssertEqual(problems[4].field, "role")
        XCTAssertTrue(problems[6].reason.contains("10000"), problems[6].reason)
        XCTAssertEqual(problems[7].field, "text")
        XCTAssertTrue(problems[1].description.hasPrefix("\(path):3: text: "), problems[1].description)
    }

    func testAMessageLongerThanAMessageMayBeIsRefusedEvenWhenTheLineFits() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "y", count: MessageLimits.maximumBytes + 1)
        let path = try folder.write(
            "long.jsonl", #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":""# + text + "\"}")
        let (lines, problems) = readAll(JSONLinesTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(lines, [])
        XCTAssertEqual(problems.first?.field, "text")
    }

    func testAnUnreadableFileIsOneProblem() {
        let (lines, problems) = readAll(
            JSONLinesTranscriptReader(path: "/nonexistent/chats.jsonl", timestamps: londonTimestamps))
        XCTAssertEqual(lines, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertNil(problems.first?.line)
        XCTAssertTrue(problems.first?.reason.contains("cannot open") ?? false)
    }

    func testCRLFLineEndsAndAByteOrderMarkAreRead() throws {
        let folder = try TemporaryFolder()
        let body = #"{"conversation_id":"c","timestamp":"2025-03-04T10:00:00Z","role":"customer","text":"hi"}"#
        let path = try folder.write("crlf.jsonl", [0xEF, 0xBB, 0xBF] + Array((body + "\r\n" + body + "\r\n").utf8))
        let (lines, problems) = readAll(JSONLinesTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.map(\.text), ["hi", "hi"])
    }
}

final class PlainTranscriptReaderTests: XCTestCase {
    func testReadsSpeakersContinuationsAndDirectives() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "call-0001.txt",
            """
            # via: phone
            [2025-07-04 10:12] Agent: Good morning.
            [2025-07-04 10:13] Customer: Hello, my order 1042
              has not arrived.
            [2025-07-04 10:14:30] Клиент: где посылка?
            [2025-07-04 10:15] System: Call ended.
            """)
        let (lines, problems) = readAll(PlainTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.map(\.role), [.agent, .customer, .customer, .system])
        XCTAssertEqual(lines[1].text, "Hello, my order 1042\nhas not arrived.")
        XCTAssertEqual(lines[1].line, 3)
        XCTAssertEqual(lines.map(\.conversationID), Array(repeating: "call-0001", count: 4))
        XCTAssertEqual(lines.map(\.via), Array(repeating: "phone", count: 4))
        // Summer time in London: 10:13 local is 09:13 UTC.
        XCTAssertEqual(lines[1].timestamp, utc("2025-07-04T09:13:00Z"))
        XCTAssertEqual(lines[2].timestamp, utc("2025-07-04T09:14:30Z"))
    }

    func testBadLinesAreReportedAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("stray text before any message\n[2025-03-04 10:00] Customer: first\n".utf8)
        bytes += Array("[not a time] Customer: x\n[2025-03-04 10:01] Anna: hello\n[2025-03-04 10:02] Customer ".utf8)
        bytes += [0xFF, 0xFE] + Array("\n[2025-03-04 10:03] Customer: last\n".utf8)
        let path = try folder.write("call.txt", bytes)
        let (lines, problems) = readAll(PlainTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(lines.map(\.text), ["first", "last"])
        XCTAssertEqual(problems.map(\.line), [1, 3, 4, 5])
        XCTAssertEqual(problems[1].field, "timestamp")
        XCTAssertEqual(problems[2].field, "role")
        XCTAssertEqual(problems[3].reason, "not valid UTF-8")
    }
}

final class CSVTranscriptReaderTests: XCTestCase {
    func testReadsColumnsByNameInAnyOrderWithQuotedLineBreaks() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(
            "chats.csv",
            "Text,Role,Timestamp,Conversation_ID\r\n\"two\nlines, and a \"\"quote\"\"\",customer,2025-03-05T08:15:00Z,chat-1\r\nok,agent,2025-03-05T08:16:00Z,chat-1\r\n"
        )
        let (lines, problems) = readAll(CSVTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].text, "two\nlines, and a \"quote\"")
        XCTAssertEqual(lines[0].line, 2)
        XCTAssertEqual(lines[1].line, 4)
        XCTAssertEqual(lines[1].role, .agent)
        XCTAssertNil(lines[1].via)
    }

    func testAHeaderWithoutTheNeededColumnsIsOneProblem() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.csv", "id,when,message\n1,2025-03-05T08:15:00Z,hello\n")
        let (lines, problems) = readAll(CSVTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(lines, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertEqual(problems.first?.line, 1)
        XCTAssertTrue(problems.first?.reason.contains("conversation_id") ?? false)
    }

    func testBadRecordsAreReportedByLine() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("conversation_id,timestamp,role,text\nc,2025-03-05T08:15:00Z,customer,fine\n".utf8)
        bytes += Array("c,2025-03-05T08:16:00Z,customer,bad ".utf8) + [0xC3, 0x28] + [0x0A]
        bytes += Array(",2025-03-05T08:17:00Z,customer,no id\nc,2025-03-05T08:18:00Z,customer,\nc,2025-03-05T08:19:00Z,customer,end\n".utf8)
        let path = try folder.write("chats.csv", bytes)
        let (lines, problems) = readAll(CSVTranscriptReader(path: path, timestamps: londonTimestamps))
        XCTAssertEqual(lines.map(\.text), ["fine", "end"])
        XCTAssertEqual(problems.map(\.line), [3, 4, 5])
        XCTAssertEqual(problems.map(\.field), ["text", "conversation_id", "text"])
    }
}

final class TranscriptTimestampTests: XCTestCase {
    func testReadsTheFormsTranscriptsUse() {
        XCTAssertEqual(londonTimestamps.parse("2025-03-04T10:12:31Z"), utc("2025-03-04T10:12:31Z"))
        XCTAssertEqual(londonTimestamps.parse("2025-03-04T10:12:31.250Z")?.timeIntervalSince1970, utc("2025-03-04T10:12:31Z").timeIntervalSince1970 + 0.25)
        XCTAssertEqual(londonTimestamps.parse("2025-03-04T10:12:31+03:00"), utc("2025-03-04T07:12:31Z"))
        XCTAssertEqual(londonTimestamps.parse("2025-03-04 10:12"), utc("2025-03-04T10:12:00Z"))
        XCTAssertEqual(londonTimestamps.parse("2025-08-04 10:12"), utc("2025-08-04T09:12:00Z"))
        XCTAssertEqual(londonTimestamps.parse("1741083151"), Date(timeIntervalSince1970: 1_741_083_151))
        XCTAssertEqual(londonTimestamps.parse("1900-01-01T00:00:00Z"), utc("1900-01-01T00:00:00Z"))
        XCTAssertEqual(londonTimestamps.parse("2024-02-29T23:59:59Z"), utc("2024-02-29T23:59:59Z"))
        for bad in ["", "yesterday", "2025-13-01T00:00:00Z", "2025-03-04T25:00Z", "2025-03-04T10:12:31Zjunk", "12345"] {
            XCTAssertNil(londonTimestamps.parse(bad), bad)
        }
    }
}
