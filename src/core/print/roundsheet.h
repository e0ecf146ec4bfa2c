// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "storage/interventions.h"

#include <functional>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

class QIODevice;

namespace lanterne {

/** A map tile of the Web Mercator grid (256-pixel tiles). */
struct RoundSheetTile
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const RoundSheetTile &, const RoundSheetTile &) = default;
};

/**
 * The round sheet a field team takes with it (PDF, A4 portrait, in French): the day's stops in
 * order, each with its planned time, reference, category, address, description and ticket status,
 * a small map of the stop (the map's tiles when they could be loaded, else the commune outlines,
 * with the day's other stops numbered), boxes to tick for the result and ruled space for
 * handwritten notes; the first page has an overview map of the whole round.
 */
class RoundSheet
{
public:
    struct Input
    {
        QString teamName;
        QDate day;
        QList<PlannedIntervention> stops; ///< in the round's order
        QDateTime printedAt;
        /** A tile's picture, or a null image when it cannot be had (the outlines are drawn then). */
        std::function<QImage(const RoundSheetTile &)> tile;
        QString attribution; ///< the tiles' credit, printed under the maps that show them
    };

    /** Writes the sheet to @p out; an empty string on success, else what went wrong. */
    [[nodiscard]] static QString write(QIODevice *out, const Input &input,
                                       const ReferenceData &reference = ReferenceData::builtin());
    /** The tiles the sheet's maps show (to be fetched before writing). */
    [[nodiscard]] static QList<RoundSheetTile> tiles(const QList<PlannedIntervention> &stops);
    /** The sheet's file name: feuille-de-route-TEAM-YYYY-MM-DD.pdf. */
    [[nodiscard]] static QString fileName(const QString &team, const QDate &day);
};

} // namespace lanterne
