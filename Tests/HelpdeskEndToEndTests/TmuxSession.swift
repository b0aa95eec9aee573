import Foundation
import XCTest

/// A program running in a real terminal: a tmux session on a private server, 120×40, driven with
/// `send-keys` and read with `capture-pane`. The pane stays after the program exits so that its
/// last screen and exit status can be read.
final class TmuxSession {
    let name = "console"
    private let socket = "helpdesk-e2e-\(UUID().uuidString.prefix(8))"

    /// Where the program's exit status is written when it ends (tmux does not report it everywhere).
    private let statusFile = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-status-\(UUID().uuidString)").path

    /// Starts `arguments` in a new session, through a shell that records its exit status.
    init(_ arguments: [String], width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        var command = ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) { command += ["-e", "\(key)=\(value)"] }
        let wrapper = ["/bin/sh", "-c", "\"$@\"; echo $? > '\(statusFile)'", "sh"]
        try tmux(command + wrapper + arguments)
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink(statusFile)
    }

    /// Types `text` literally (no key names).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`.
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// The whole pane with its scrollback, wrapped lines joined.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-"] + (escapes ? ["-e"] : []) + ["-t", name])
    }

    /// Polls the screen until `condition` holds; fails the test with the screen after `timeout`.
    @discardableResult
    func waitFor(
        _ what: String, timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = try screen()
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \(what); the screen:\n\(text)", file: file, line: line)
        throw CancellationError()
    }

    /// Waits until the screen contains `text` `count` times.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line)
        throws -> String
    {
        try waitFor("\"\(text)\" ×\(count)", timeout: timeout, file: file, line: line) {
            $0.components(separatedBy: text).count - 1 >= count
        }
    }

    /// The program's exit status once it has ended, `nil` while it runs.
    func exitStatus() throws -> Int32? {
        let dead = try tmux(["display-message", "-p", "-t", name, "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard dead == "1" else { return nil }
        let text = (try? String(contentsOfFile: statusFile, encoding: .utf8)) ?? ""
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Waits until the program has ended and returns its exit status.
    func waitForExit(timeout: TimeInterval = 30, file: StaticString = #filePath, line: UInt = #line) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("the program did not end; the screen:\n\(try screen())", file: file, line: line)
        throw CancellationError()
    }

    /// Runs tmux and returns what it printed. The first call starts the tmux server, which stays
    /// in the background; it is spawned with every descriptor but the standard three closed, so
    /// that it keeps none of this process's pipes or sockets open (Foundation's `Process` would
    /// wait for them to close before reporting that tmux had ended).
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try CleanSpawn.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError(arguments: arguments, message: result.errors) }
        return result.output
    }

    struct TmuxError: Error, CustomStringConvertible {
        var arguments: [String]
        var message: String
        var description: String { "tmux \(arguments.joined(separator: " ")): \(message)" }
    }
}
