#pragma once

namespace samspil {

class Database;

/// The pages of the database file that one connection keeps in memory (up to the connection's
/// cache_size, 16 MiB), for reads that go over every row of a large table once and then hold on
/// to what they read: the caseload's load fills the program's own connection with every citizen's
/// and every screening's pages, which nothing reads again until the next load (the operating
/// system keeps the file's pages too). Writes are not affected: pages a write needs are read again.
namespace PageCache {

/// The bytes this connection's page cache holds now.
long long bytesHeld(Database& db);
/// Gives back the memory of every page no statement is using (sqlite3_db_release_memory); what
/// is read next is read from the file again.
void release(Database& db);

} // namespace PageCache

} // namespace samspil
