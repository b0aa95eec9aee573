import Foundation
import XCTest

/// A small HTTP server on 127.0.0.1 for feed tests: a Python script, written into the test's own
/// folder, serving the files of that folder. A file whose text starts with `!sleep N` answers
/// after N seconds; `!status N` answers with HTTP status N. `/seq/NAME` serves `NAME.1`,
/// `NAME.2`, … in turn, repeating the last. The server runs until ``stop()``.
final class LoopbackFeedServer {
    static let script = #"""
        import http.server, os, sys, threading, time

        root = sys.argv[1]
        counters = {}
        lock = threading.Lock()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0].lstrip("/")
                if path.startswith("seq/"):
                    name = path[4:]
                    with lock:
                        counters[name] = counters.get(name, 0) + 1
                        index = counters[name]
                    while index > 1 and not os.path.exists(os.path.join(root, "%s.%d" % (name, index))):
                        index -= 1
                    path = "%s.%d" % (name, index)
                file = os.path.join(root, path)
                if not os.path.isfile(file):
                    self.answer(404, b"not found")
                    return
                body = open(file, "rb").read()
                if body.startswith(b"!sleep "):
                    time.sleep(float(body.split()[1]))
                    body = b"{}"
                if body.startswith(b"!status "):
                    self.answer(int(body.split()[1]), b"error")
                    return
                self.answer(200, body)

            def answer(self, code, body):
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#

    let folder: URL
    let port: Int
    private let process: Process

    /// Starts the server on a free loopback port, serving `folder`.
    init(folder: URL) throws {
        self.folder = folder
        let scriptURL = folder.appendingPathComponent("feed_server.py")
        try Self.script.write(to: scriptURL, atomically: true, encoding: .utf8)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(10)
        while !text.contains("\n"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw ServerError(message: "python3 could not start the loopback feed server (output: \(text))")
        }
        self.port = port
    }

    /// `http://127.0.0.1:PORT/PATH`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    /// Writes a file the server serves.
    func serve(_ name: String, _ text: String) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit { stop() }

    struct ServerError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
