// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicates.h"

#include "geo.h"
#include "referencedata.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace lanterne {

bool DuplicateRules::relatedCategories(const ReferenceData &ref, const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const Category *ca = ref.category(a);
    const Category *cb = ref.category(b);
    return ca && cb && ca->domain == cb->domain;
}

int DuplicateRules::radiusMetres(const ReferenceData &ref, const QString &category)
{
    const Category *c = ref.category(category);
    return c ? c->duplicateRadiusMetres : 30;
}

QStringList DuplicateRules::keywords(const QString &text)
{
    static const QSet<QString> stop = {
        u"les"_s,     u"des"_s,   u"une"_s,   u"dans"_s,    u"sur"_s,    u"pour"_s,     u"par"_s,
        u"avec"_s,    u"est"_s,   u"sont"_s,  u"qui"_s,     u"que"_s,    u"pas"_s,      u"plus"_s,
        u"depuis"_s,  u"tres"_s,  u"aux"_s,   u"devant"_s,  u"cela"_s,   u"ceci"_s,     u"il"_s,
        u"elle"_s,    u"nous"_s,  u"vous"_s,  u"ils"_s,     u"mais"_s,   u"car"_s,      u"tout"_s,
        u"tous"_s,    u"cette"_s, u"ces"_s,   u"leur"_s,    u"son"_s,    u"ses"_s,      u"rue"_s,
        u"bonjour"_s, u"merci"_s, u"jours"_s, u"semaine"_s, u"encore"_s, u"toujours"_s, u"avenue"_s,
        u"the"_s,     u"and"_s};
    QStringList out;
    QString word;
    const QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    auto flush = [&] {
        if (word.size() >= 3 && !stop.contains(word)) {
            // A crude French plural: "lampadaires" and "lampadaire" are one word.
            if (word.size() > 4 && (word.endsWith(u's') || word.endsWith(u'x')))
                word.chop(1);
            out.append(word);
        }
        word.clear();
    };
    for (const QChar ch : folded) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber())
            word.append(ch);
        else
            flush();
    }
    flush();
    return out;
}

double DuplicateRules::textSimilarity(const QString &a, const QString &b)
{
    const QStringList ka = keywords(a);
    const QStringList kb = keywords(b);
    const QSet<QString> sa(ka.begin(), ka.end());
    const QSet<QString> sb(kb.begin(), kb.end());
    if (sa.isEmpty() || sb.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    return 2.0 * double(common) / double(sa.size() + sb.size());
}

DuplicateMatch DuplicateRules::assess(const ReferenceData &ref, const DuplicateProbe &ticket,
                                      const DuplicateProbe &candidate)
{
    DuplicateMatch m;
    if (candidate.id == ticket.id || !candidate.open)
        return m;
    if (!relatedCategories(ref, ticket.category, candidate.category))
        return m;
    m.sameCategory = ticket.category == candidate.category;
    const double radius = std::max(radiusMetres(ref, ticket.category), radiusMetres(ref, candidate.category));
    m.distanceMetres = distanceMetres(ticket.lonLat, candidate.lonLat);
    if (m.distanceMetres > radius)
        return m;
    const qint64 apart = std::abs(ticket.createdAt.secsTo(candidate.createdAt));
    if (apart > qint64(kRecentDays) * 24 * 3600)
        return m;
    m.textSimilarity = textSimilarity(ticket.description, candidate.description);
    m.matches = true;
    const double closeness = 1.0 - m.distanceMetres / radius;
    const double recency = 1.0 - double(apart) / double(qint64(kRecentDays) * 24 * 3600);
    m.score = 0.4 * closeness + 0.25 * (m.sameCategory ? 1.0 : 0.4) + 0.2 * m.textSimilarity + 0.15 * recency;
    return m;
}

} // namespace lanterne
