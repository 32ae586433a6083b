// Package serve is the writers' preview server behind "broadsheet serve".
//
// It builds a site into memory, serves it over HTTP, watches the site's
// sources and rebuilds what an edit affects, and makes open browser tabs
// reload by themselves.
//
// # Watching
//
// A [Watcher] reports changed files under the site root as [Event] values.
// [WatchNotify] uses inotify (through fsnotify) on directories, never on
// files, because editors save by writing a temporary file and renaming it
// over the original, which would orphan a watch on the file. Folders created
// after start are watched as they appear and walked for files that were
// created before the watch was in place. [WatchPoll] scans modification
// times and sizes instead, for file systems that deliver no events (Docker
// and VM shares, WSL2). Both watch content/, layouts/, static/, i18n/ and
// site.toml, and skip the output folder and editors' scratch files.
//
// # Rebuilding
//
// Events are collected until the tree has been quiet for a short while
// ([DefaultQuiet]), so a save-by-rename, a git checkout or a copy of many
// files gives one rebuild. The rebuild goes through a [Builder], which hands
// the files it wrote to a sink and returns the list of every output file;
// the server publishes the new file set in one swap, so a request never
// sees a half-written page. A rebuild with errors publishes nothing: the
// last good pages stay, and every HTML response carries an overlay listing
// the diagnostics until a rebuild succeeds.
//
// # Reloading
//
// Every HTML response (never a built file) gets a small script that listens
// on a Server-Sent Events stream at [EventsPath]. Each rebuild that changes
// what is served publishes a new version token; a tab whose page was served
// with an older token reloads.
package serve
