// The parts of libedit (Debian's libedit-dev) the console uses. libedit's setters are variadic,
// which Swift cannot call, so each use gets a small typed wrapper here.
#ifndef HELPDESK_CLIBEDIT_SHIM_H
#define HELPDESK_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <wchar.h>
#include <locale.h>
#include <histedit.h>
#include <sys/ioctl.h>

/// The C library's standard streams (Swift 6 does not let code read the global variables).
static inline FILE *hd_stdin(void) { return stdin; }
static inline FILE *hd_stdout(void) { return stdout; }
static inline FILE *hd_stderr(void) { return stderr; }

/// The width of the terminal on `fd` in columns, or 0 when it is not a terminal.
static inline int hd_terminal_width(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

/// A function bound to a key: gets the editor and the key, returns a CC_* code.
typedef unsigned char (*hd_el_key_function)(EditLine *, int);
/// A prompt function.
typedef char *(*hd_el_prompt_function)(EditLine *);

static inline int hd_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int hd_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int hd_el_set_prompt(EditLine *el, hd_el_prompt_function prompt, char escape) {
    return el_set(el, EL_PROMPT_ESC, prompt, escape);
}
static inline int hd_el_set_client_data(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *hd_el_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int hd_el_add_function(EditLine *el, const char *name, const char *help, hd_el_key_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}
static inline int hd_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
/// Sets one tty mode flag for editing, e.g. "-isig" so that Ctrl-C reaches the editor as a key.
static inline int hd_el_set_tty(EditLine *el, const char *setting) {
    return el_set(el, EL_SETTY, "-d", setting, (const char *)NULL);
}
static inline int hd_el_use_history(EditLine *el, History *history_) {
    return el_set(el, EL_HIST, history, history_);
}
static inline int hd_history_set_size(History *history_, int size) {
    HistEvent event;
    return history(history_, &event, H_SETSIZE, size);
}
static inline int hd_history_set_unique(History *history_, int unique) {
    HistEvent event;
    return history(history_, &event, H_SETUNIQUE, unique);
}
static inline int hd_history_enter(History *history_, const char *line) {
    HistEvent event;
    return history(history_, &event, H_ENTER, line);
}

#endif
