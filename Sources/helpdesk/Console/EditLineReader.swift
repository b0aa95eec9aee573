import CLibEdit
import Foundation

/// Reads lines at a terminal with libedit: editing, history with the arrow keys, Tab completion of
/// commands and guide ids. Ctrl-C reaches the editor as a key (the terminal's `isig` is off while
/// editing): on an empty line it ends the console, on a line with text it clears the line.
final class EditLineReader: LineReader {
    let isInteractive = true
    /// A person types: before the prompt, nothing is waiting.
    let hasPendingInput = false

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let completer: ConsoleCompleter
    private var promptText: UnsafeMutablePointer<CChar>?
    private var sawInterrupt = false

    /// A reader on standard input writing to `output`, or `nil` when libedit cannot start.
    init?(completer: ConsoleCompleter, output: UnsafeMutablePointer<FILE>) {
        Self.useUTF8()
        guard let editor = el_init("helpdesk", hd_stdin(), output, hd_stderr()) else { return nil }
        guard let history = history_init() else {
            el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.output = output
        self.completer = completer
        hd_history_set_size(history, 1000)
        hd_history_set_unique(history, 1)
        hd_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        hd_el_set_editor(editor, "emacs")
        hd_el_set_signal(editor, 1)
        hd_el_use_history(editor, history)
        hd_el_set_prompt(editor, Self.prompt, 1)
        hd_el_set_tty(editor, "-isig")
        hd_el_add_function(editor, "hd-interrupt", "Clear the line, or end the console on an empty line", Self.interrupt)
        hd_el_add_function(editor, "hd-complete", "Complete a command or guide id", Self.complete)
        hd_el_bind(editor, "^C", "hd-interrupt")
        hd_el_bind(editor, "^I", "hd-complete")
    }

    deinit {
        el_end(editor)
        history_end(history)
        free(promptText)
    }

    func read(prompt: ConsolePrompt) -> LineRead {
        free(promptText)
        promptText = strdup(prompt.marked)
        sawInterrupt = false
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count), count > 0 else {
            fputs("\n", output)
            fflush(output)
            return sawInterrupt || InterruptSignal.received ? .interrupted : .endOfInput
        }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { hd_history_enter(history, line) }
        return .line(line)
    }

    // MARK: - Callbacks from libedit

    private static func reader(_ editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = hd_el_client_data(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private static let prompt: hd_el_prompt_function = { editor in
        reader(editor)?.promptText
    }

    /// Ctrl-C: end on an empty line, else clear the line.
    private static let interrupt: hd_el_key_function = { editor, _ in
        guard let editor, let reader = reader(editor), let line = el_wline(editor)?.pointee else { return UInt8(CC_ERROR) }
        let length = line.lastchar - line.buffer
        if length == 0 {
            reader.sawInterrupt = true
            return UInt8(CC_EOF)
        }
        el_cursor(editor, Int32(line.lastchar - line.cursor))
        el_deletestr(editor, Int32(length))
        return UInt8(CC_REFRESH)
    }

    /// Tab: complete the word before the cursor, listing the choices when there are several.
    private static let complete: hd_el_key_function = { editor, _ in
        guard let editor, let reader = reader(editor), let line = el_line(editor)?.pointee, let buffer = line.buffer,
            let cursor = line.cursor
        else { return UInt8(CC_ERROR) }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: cursor - buffer)
        let completion = reader.completer.complete(String(decoding: bytes, as: UTF8.self))
        if !completion.insertion.isEmpty { el_insertstr(editor, completion.insertion) }
        if completion.choices.count > 1 && completion.insertion.isEmpty {
            fputs("\n" + completion.choices.joined(separator: "  ") + "\n", reader.output)
            return UInt8(CC_REDISPLAY)
        }
        return UInt8(completion.insertion.isEmpty ? CC_REFRESH_BEEP : CC_REFRESH)
    }

    /// libedit decodes input with the C library's locale; Swift leaves it at "C", where
    /// non-ASCII letters (Russian messages) would not be read. Use the environment's locale when
    /// it is UTF-8, else C.UTF-8.
    private static func useUTF8() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
