// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/referencedata.h"
#include "stats/statistics.h"
#include "storage/localstore.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace lanterne {

/**
 * The report for elected officials and its exports: what `lanternectl report` writes (CSV of the
 * figures per section, PDF with charts and tables) and what the dashboard exports.
 */
struct ReportDocument
{
    QString place; ///< the city (or the cities) the figures are about
    StatsFilter filter;
    QDateTime generatedAt;
    Figures total;
    Figures previous; ///< the same filters over the days just before the period
    NowFigures now;
    QList<ReportRow> rows; ///< every section (total first), as in the CSV
    StatsGranularity granularity = StatsGranularity::Month;
    VolumeSeries volumes; ///< created per bucket, by category domain
    BacklogSeries backlog;
    QList<TeamLoad> teams;

    /** Computes every figure of the report by SQL on the store. */
    [[nodiscard]] static std::optional<ReportDocument> build(const LocalStore &store,
                                                             const ReferenceData &ref,
                                                             const StatsFilter &filter, const QDateTime &now,
                                                             QString *error = nullptr);
    /** The bucket size that keeps a chart readable for a period of @p days. */
    [[nodiscard]] static StatsGranularity granularityFor(qint64 days);
    /** The city the filter is about, or the cities of the store's tickets. */
    [[nodiscard]] static QString placeName(const LocalStore &store, const ReferenceData &ref,
                                           const QString &municipality);

    /** A duration for people: hours under two days ("41 h"), days beyond ("5,6 j"); "—" for none. */
    [[nodiscard]] static QString durationText(const std::optional<double> &hours, const QLocale &locale,
                                              const QString &hoursFormat, const QString &daysFormat);
    /** The label of a chart's bucket: its first day ("3/06"), or its month ("juin 26"). */
    [[nodiscard]] static QString bucketLabel(const StatsBucket &bucket, StatsGranularity granularity,
                                             const QLocale &locale);

    /** The stable CSV columns of `lanternectl report` (../shared/CLI.md). */
    [[nodiscard]] static QStringList csvColumns();
    [[nodiscard]] static QStringList csvRow(const ReportRow &row);

    /** Writes the PDF for elected officials (A4, French): key figures, charts, tables. */
    bool writePdf(const ReferenceData &ref, QIODevice *out, QString *error = nullptr) const;
};

} // namespace lanterne
