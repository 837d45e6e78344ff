// bench_index_dump: everything a Xapian index holds, as sorted text lines, so
// that two builds can be compared with cmp or diff (a speed change to lindex
// must leave the index as it was). Documents are keyed by their first term of
// `key_prefix` (lsearch: "Q", the article id), not by docid: shards built in
// parallel and merged may number the same articles differently.
//
//   bench_index_dump DB [KEY_PREFIX]   (DB: a Xapian database or stub file)
//   bench_index_dump --value-bytes DB  (raw bytes per value slot, of the document
//                                       data and of the metadata: README "Index size")
//
// Lines: "doc KEY" blocks (each term with wdf and positions, each value, the
// data), "term" (termfreq, collection freq), "spell" (word, freq), "meta"
// (key, value). Bytes outside printable ASCII are written as \xHH.
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::string escaped(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c < 0x7f && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

std::string document_key(const Xapian::Document& doc, const std::string& prefix) {
  auto it = doc.termlist_begin();
  it.skip_to(prefix);
  if (it != doc.termlist_end() && (*it).starts_with(prefix)) return escaped(*it);
  return "docid:" + std::to_string(doc.get_docid());
}

std::string document_block(const Xapian::Document& doc, const std::string& key) {
  std::string out = "doc " + key + "\n";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out += " t " + escaped(*t) + " wdf " + std::to_string(t.get_wdf()) + " pos";
    for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p)
      out += " " + std::to_string(*p);
    out += "\n";
  }
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
    out += " v " + std::to_string(v.get_valueno()) + " " + escaped(*v) + "\n";
  out += " d " + escaped(doc.get_data()) + "\n";
  return out;
}

void dump_documents(const Xapian::Database& db, const std::string& prefix) {
  std::vector<std::pair<std::string, std::string>> blocks;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d) {
    Xapian::Document doc = db.get_document(*d);
    std::string key = document_key(doc, prefix);
    blocks.emplace_back(key, document_block(doc, key));
  }
  std::sort(blocks.begin(), blocks.end());
  for (const auto& [key, block] : blocks) std::cout << block;
}

void dump_tables(const Xapian::Database& db) {
  for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t)
    std::cout << "term " << escaped(*t) << " " << t.get_termfreq() << " "
              << db.get_collection_freq(*t) << "\n";
  for (auto w = db.spellings_begin(); w != db.spellings_end(); ++w)
    std::cout << "spell " << escaped(*w) << " " << w.get_termfreq() << "\n";
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    std::cout << "meta " << escaped(*k) << " " << escaped(db.get_metadata(*k)) << "\n";
}

// What each slot holds, in raw value bytes (glass stores values uncompressed in
// postlist.glass, plus its chunk and B-tree overhead): the per-slot part of the
// "Index size" table, without dumping every document.
void value_bytes(const Xapian::Database& db) {
  constexpr Xapian::valueno kSlots = 256;  // lsearch uses fewer than 40
  unsigned long long all = 0;
  for (Xapian::valueno slot = 0; slot < kSlots; ++slot) {
    if (db.get_value_freq(slot) == 0) continue;
    unsigned long long bytes = 0;
    for (auto v = db.valuestream_begin(slot); v != db.valuestream_end(slot); ++v)
      bytes += (*v).size();
    all += bytes;
    std::cout << "slot " << slot << " values " << db.get_value_freq(slot) << " bytes " << bytes
              << "\n";
  }
  unsigned long long data = 0, meta = 0;
  for (auto d = db.postlist_begin(""); d != db.postlist_end(""); ++d)
    data += db.get_document(*d).get_data().size();
  for (auto k = db.metadata_keys_begin(); k != db.metadata_keys_end(); ++k)
    meta += (*k).size() + db.get_metadata(*k).size();
  std::cout << "values bytes " << all << "\ndata bytes " << data << "\nmetadata bytes " << meta
            << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  const bool sizes = argc == 3 && std::string(argv[1]) == "--value-bytes";
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: bench_index_dump DB [KEY_PREFIX] | --value-bytes DB\n";
    return 2;
  }
  try {
    Xapian::Database db(argv[sizes ? 2 : 1]);
    if (sizes) {
      value_bytes(db);
      return 0;
    }
    std::cout << "doccount " << db.get_doccount() << "\n";
    dump_documents(db, argc == 3 ? argv[2] : "Q");
    dump_tables(db);
  } catch (const Xapian::Error& e) {
    std::cerr << "bench_index_dump: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}
