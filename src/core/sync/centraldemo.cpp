// SPDX-License-Identifier: GPL-3.0-or-later
#include "centraldemo.h"

#include "demo/demophoto.h"
#include "storage/localstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralDemo)
};

QString iso(const QString &column)
{
    return u"strftime('%Y-%m-%dT%H:%M:%fZ', %1 / 1000.0, 'unixepoch')"_s.arg(column);
}
} // namespace

CentralDemo::Result CentralDemo::load(CentralDatabase &central, const demo::DemoOptions &options,
                                      const ReferenceData &reference, int batch, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    auto fail = [&](const QString &message, int code = 1) {
        result.ok = false;
        result.exitCode = code;
        result.message = message;
        return result;
    };
    QSqlDatabase pg = central.database();
    // Only the administrator who initialised the database loads rows as the server would write them.
    {
        const auto guard = central.watch();
        QSqlQuery q(pg);
        if (!q.exec(u"SELECT rolsuper FROM pg_roles WHERE rolname = session_user"_s) || !q.next())
            return fail(Tr::tr("base centrale : %1").arg(q.lastError().text()));
        if (!q.value(0).toBool())
            return fail(Tr::tr("la ville de démonstration se charge avec le compte administrateur de la base "
                               "centrale (celui de « central init »)"),
                        4);
        if (central.schemaVersion() < CentralDatabase::latestSchemaVersion())
            return fail(Tr::tr("la base centrale n'est pas initialisée ou pas à jour : lancez d'abord "
                               "« lanternectl central init »"));
        if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM lanterne.ticket)"_s) || !q.next())
            return fail(Tr::tr("base centrale : %1").arg(q.lastError().text()));
        if (q.value(0).toBool())
            return fail(Tr::tr("la base centrale contient déjà des signalements : la ville de démonstration "
                               "ne se charge que dans une base vide"),
                        4);
    }

    // The same city as a local demo, generated in a scratch store.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(Tr::tr("dossier temporaire impossible à créer : %1").arg(scratch.errorString()));
    LocalStore store;
    if (const auto r = store.open(scratch.filePath(u"demo.db"_s), LocalStore::OpenMode::ReadWrite, true); !r)
        return fail(r.message);
    const auto generated = demo::DemoGenerator::generate(store, options);
    if (!generated.ok)
        return fail(generated.message, generated.exitCode);
    QSqlDatabase db = store.database();
    QSqlQuery range(db);
    if (!range.exec(u"SELECT min(seq), max(seq), count(*) FROM ticket"_s) || !range.next())
        return fail(range.lastError().text());
    const qint64 first = range.value(0).toLongLong(), last = range.value(1).toLongLong();
    const int total = range.value(2).toInt();
    // The newest tickets keep their photos (real pictures on the server).
    qint64 photoFrom = last + 1;
    if (range.exec(
            u"SELECT min(seq) FROM (SELECT seq FROM ticket WHERE photo_count > 0 ORDER BY seq DESC LIMIT %1)"_s
                .arg(kTicketsWithPhotos)) &&
        range.next() && !range.value(0).isNull())
        photoFrom = range.value(0).toLongLong();

    // Rows as JSON arrays straight from SQLite, in the server's columns.
    const QString tickets =
        u"SELECT json_group_array(json_object('id', id, 'municipality', municipality, 'reference', "
        u"reference, "
        "'kind', kind, 'category', category, 'description', description, 'latitude', latitude, 'longitude', "
        "longitude, 'address', address, 'district', district, 'channel', channel, 'reporter_id', "
        "reporter_id, "
        "'status', status, 'priority', priority, 'service', service, 'team', team, 'assignee', assignee, "
        "'due_at', %1, 'duplicate_of', duplicate_of, 'forwarded_to', forwarded_to, 'photo_count', "
        "CASE WHEN seq >= :photoFrom THEN photo_count ELSE 0 END, 'created_at', %2, 'acknowledged_at', %3, "
        "'resolved_at', %4, 'closed_at', %5, 'updated_at', %6, 'revision', :rev, 'routing_rule', "
        "routing_rule, "
        "'forward_state', forward_state, 'paused_at', %7, 'paused_minutes', paused_minutes)) FROM ticket "
        "WHERE seq BETWEEN :from AND :to"_s.arg(
            iso(u"due_at"_s), iso(u"created_at"_s), iso(u"acknowledged_at"_s), iso(u"resolved_at"_s),
            iso(u"closed_at"_s), iso(u"updated_at"_s), iso(u"paused_at"_s));
    const QString reporters =
        u"SELECT json_group_array(json_object('id', r.id, 'municipality', r.municipality, 'name', r.name, "
        "'email', r.email, 'phone', r.phone, 'revision', :rev)) FROM reporter r WHERE r.id IN (SELECT "
        "reporter_id FROM ticket WHERE seq BETWEEN :from AND :to)"_s;
    const QString comments =
        u"SELECT json_group_array(json_object('id', c.id, 'ticket_id', c.ticket_id, 'municipality', "
        "c.municipality, 'kind', c.kind, 'author', c.author, 'text', c.text, 'created_at', %1, 'revision', "
        ":rev)) FROM comment c JOIN ticket t ON t.id = c.ticket_id WHERE t.seq BETWEEN :from AND :to"_s.arg(
            iso(u"c.created_at"_s));
    const QString history =
        u"SELECT json_group_array(json_object('ticket_id', h.ticket_id, 'municipality', h.municipality, "
        "'author', h.author, 'at', %1, 'field', h.field, 'old_value', h.old_value, 'new_value', h.new_value, "
        "'revision', :rev)) FROM history h JOIN ticket t ON t.id = h.ticket_id WHERE t.seq BETWEEN :from AND "
        ":to"_s.arg(iso(u"h.at"_s));
    struct Copy
    {
        QString select;
        QString insert;
    };
    // Each row takes its municipality's revision for the batch (the second parameter: a JSON map).
    auto copy = [](const char *table) {
        return u"INSERT INTO lanterne.%1 SELECT x.* FROM jsonb_populate_recordset(NULL::lanterne.%1, "
               u"?::jsonb) r, "
               "LATERAL jsonb_populate_record(r, jsonb_build_object('revision', (?::jsonb ->> r.municipality)::bigint)) x"_s
                   .arg(QLatin1String(table));
    };
    const QList<Copy> copies{
        {reporters, copy("reporter")},
        {tickets, copy("ticket")},
        {comments, copy("comment")},
        {history,
         u"INSERT INTO lanterne.history (ticket_id, municipality, author, at, field, old_value, "
         "new_value, revision) SELECT h.ticket_id, h.municipality, h.author, h.at, h.field, h.old_value, "
         "h.new_value, (v.revisions ->> h.municipality)::bigint FROM "
         "jsonb_populate_recordset(NULL::lanterne.history, "
         "?::jsonb) h, (SELECT ?::jsonb AS revisions) v"_s},
    };

    for (qint64 from = first; from <= last; from += batch) {
        const qint64 to = std::min(last, from + batch - 1);
        const auto guard = central.watch();
        QSqlQuery s(pg);
        // One transaction per batch, its revision taken in commit order like any writer's. The
        // rows are the server's already (audit included): its triggers stay quiet meanwhile.
        // Revisions are counted per municipality: the batch takes one from each of its
        // municipalities' counters; every row gets its own municipality's.
        if (!s.exec(u"BEGIN"_s) || !s.exec(u"SET LOCAL session_replication_role = replica"_s)) {
            const QString e = s.lastError().text();
            QSqlQuery(pg).exec(u"ROLLBACK"_s);
            return fail(Tr::tr("base centrale : %1").arg(e));
        }
        QString revisions;
        {
            QStringList municipalities;
            QSqlQuery m(db);
            m.prepare(u"SELECT DISTINCT municipality FROM ticket WHERE seq BETWEEN ? AND ?"_s);
            m.addBindValue(from);
            m.addBindValue(to);
            if (!m.exec()) {
                QSqlQuery(pg).exec(u"ROLLBACK"_s);
                return fail(m.lastError().text());
            }
            while (m.next())
                municipalities.append(m.value(0).toString());
            s.prepare(
                u"SELECT jsonb_object_agg(m, lanterne.next_revision(m))::text FROM unnest(?::text[]) AS m"_s);
            s.addBindValue(u"{"_s + municipalities.join(u',') + u"}"_s);
            if (!s.exec() || !s.next()) {
                const QString e = s.lastError().text();
                QSqlQuery(pg).exec(u"ROLLBACK"_s);
                return fail(Tr::tr("base centrale : %1").arg(e));
            }
            revisions = s.value(0).toString();
        }
        for (const Copy &c : copies) {
            QSqlQuery l(db);
            l.prepare(c.select);
            l.bindValue(u":rev"_s, 0);
            l.bindValue(u":from"_s, from);
            l.bindValue(u":to"_s, to);
            if (c.select == tickets)
                l.bindValue(u":photoFrom"_s, photoFrom);
            if (!l.exec() || !l.next()) {
                QSqlQuery(pg).exec(u"ROLLBACK"_s);
                return fail(l.lastError().text());
            }
            const QString rows = l.value(0).toString();
            if (rows == "[]"_L1)
                continue;
            QSqlQuery w(pg);
            w.prepare(c.insert);
            w.addBindValue(rows);
            w.addBindValue(revisions);
            if (!w.exec()) {
                const QString e = w.lastError().text();
                QSqlQuery(pg).exec(u"ROLLBACK"_s);
                return fail(Tr::tr("base centrale : %1").arg(e));
            }
        }
        // The photos of the newest tickets, drawn as the workstation would.
        if (to >= photoFrom) {
            QSqlQuery p(db);
            p.prepare(
                u"SELECT p.id, p.ticket_id, p.municipality, p.position, t.category, t.reference, "
                "p.created_at FROM photo p JOIN ticket t ON t.id = p.ticket_id WHERE t.seq BETWEEN ? AND ? "
                "AND t.seq >= ? ORDER BY t.seq, p.position"_s);
            p.addBindValue(from);
            p.addBindValue(to);
            p.addBindValue(photoFrom);
            if (!p.exec()) {
                QSqlQuery(pg).exec(u"ROLLBACK"_s);
                return fail(p.lastError().text());
            }
            QSqlQuery w(pg);
            w.prepare(
                u"INSERT INTO lanterne.photo (id, ticket_id, municipality, position, mime, width, height, "
                "data, thumbnail, created_at, revision) VALUES (?::uuid, ?::uuid, ?, ?, 'image/jpeg', ?, ?, "
                "?, ?, to_timestamp(? / 1000.0), (?::jsonb ->> ?)::bigint)"_s);
            while (p.next()) {
                const Category *cat = reference.category(p.value(4).toString());
                const QString caption =
                    QCoreApplication::translate("PhotoProvider", "%1 — photo de démonstration")
                        .arg(p.value(5).toString());
                auto jpeg = [&](QSize size) {
                    QByteArray bytes;
                    QBuffer buffer(&bytes);
                    buffer.open(QIODevice::WriteOnly);
                    demo::DemoPhoto::render(p.value(1).toString(), p.value(3).toInt(),
                                            QColor(cat ? cat->colour : u"#607d8b"_s), caption, size)
                        .save(&buffer, "JPEG", 82);
                    return bytes;
                };
                const QSize full(800, 600);
                w.bindValue(0, p.value(0));
                w.bindValue(1, p.value(1));
                w.bindValue(2, p.value(2));
                w.bindValue(3, p.value(3));
                w.bindValue(4, full.width());
                w.bindValue(5, full.height());
                w.bindValue(6, jpeg(full));
                w.bindValue(7, jpeg(QSize(320, 240)));
                w.bindValue(8, p.value(6));
                w.bindValue(9, revisions);
                w.bindValue(10, p.value(2));
                if (!w.exec()) {
                    const QString e = w.lastError().text();
                    QSqlQuery(pg).exec(u"ROLLBACK"_s);
                    return fail(Tr::tr("base centrale : %1").arg(e));
                }
                ++result.photos;
            }
        }
        if (!s.exec(u"SELECT pg_notify('lanterne_changes', 'ticket')"_s) || !s.exec(u"COMMIT"_s)) {
            const QString e = s.lastError().text();
            QSqlQuery(pg).exec(u"ROLLBACK"_s);
            return fail(Tr::tr("base centrale : %1").arg(e));
        }
        result.tickets += int(to - from + 1);
        if (progress)
            progress(result.tickets, total);
    }
    // Numbering goes on after the demo's references.
    QSqlQuery n(pg);
    const auto guard = central.watch();
    if (!n.exec(u"INSERT INTO lanterne.reference_counter (municipality, year, last) SELECT municipality, "
                "split_part(reference, '-', 2)::integer, max(split_part(reference, '-', 3)::integer) FROM "
                "lanterne.ticket GROUP BY 1, 2 ON CONFLICT (municipality, year) DO UPDATE SET last = "
                "greatest(lanterne.reference_counter.last, excluded.last)"_s))
        return fail(Tr::tr("base centrale : %1").arg(n.lastError().text()));
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace lanterne
