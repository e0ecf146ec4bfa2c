// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace lanterne {

class ReferenceData;

/** What the duplicate rules look at in a ticket. */
struct DuplicateProbe
{
    QString id;
    QString category;
    QPointF lonLat;
    QDateTime createdAt;
    QString description;
    bool open = true;
};

/** Why a ticket may be a duplicate of another, and how likely. */
struct DuplicateMatch
{
    bool matches = false;
    double distanceMetres = 0;
    double textSimilarity = 0; ///< 0..1
    bool sameCategory = false;
    double score = 0; ///< 0..1, higher first
};

/**
 * Duplicate suggestions: a ticket of the same or a related category (same domain), within the
 * category's radius, created recently (at most kRecentDays apart) and still open. Similar words
 * in the descriptions raise the score but are not required (reporters describe the same pothole
 * differently).
 */
class DuplicateRules
{
public:
    static constexpr int kRecentDays = 30;

    [[nodiscard]] static bool relatedCategories(const ReferenceData &ref, const QString &a, const QString &b);
    /** The search radius around @p category's tickets, in metres. */
    [[nodiscard]] static int radiusMetres(const ReferenceData &ref, const QString &category);
    /** Words of a description that carry meaning: lower case, without accents, no stop words. */
    [[nodiscard]] static QStringList keywords(const QString &text);
    /** Dice coefficient of the two descriptions' keywords (0 when either has none). */
    [[nodiscard]] static double textSimilarity(const QString &a, const QString &b);
    [[nodiscard]] static DuplicateMatch assess(const ReferenceData &ref, const DuplicateProbe &ticket,
                                               const DuplicateProbe &candidate);
};

} // namespace lanterne
