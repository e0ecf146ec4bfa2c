// SPDX-License-Identifier: GPL-3.0-or-later
// The filter changes both dashboard benchmarks measure (the model alone, and the page on screen).
#pragma once

#include <algorithm>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace dashboardbench {

using namespace Qt::StringLiterals;

struct Case
{
    const char *name;
    QVariantMap filters;
};

/** A mix of 9: periods from a month to five years, each filter, five years by category per month. */
inline QList<Case> cases(const QDate &today)
{
    const QString end = today.toString(Qt::ISODate);
    auto since = [&](int days) { return today.addDays(1 - days).toString(Qt::ISODate); };
    return {
        {"30 days", {{u"from"_s, since(30)}, {u"to"_s, end}}},
        {"90 days", {{u"from"_s, since(90)}, {u"to"_s, end}}},
        {"1 year", {{u"from"_s, since(365)}, {u"to"_s, end}}},
        {"5 years", {{u"from"_s, since(5 * 365)}, {u"to"_s, end}}},
        {"1 year, Pantin", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"municipality"_s, u"93055"_s}}},
        {"1 year, service", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"service"_s, u"proprete"_s}}},
        {"1 year, category", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"category"_s, u"lampadaire"_s}}},
        {"1 year, district", {{u"from"_s, since(365)}, {u"to"_s, end}, {u"district"_s, u"hoche"_s}}},
        {"5 years, by category, per month",
         {{u"from"_s, since(5 * 365)},
          {u"to"_s, end},
          {u"volumeBy"_s, u"category"_s},
          {u"granularity"_s, u"month"_s}}},
    };
}

/** Back to no filter between two changes (the period stays). */
inline QVariantMap reset()
{
    return {{u"municipality"_s, QString()}, {u"service"_s, QString()},    {u"category"_s, QString()},
            {u"district"_s, QString()},     {u"volumeBy"_s, u"domain"_s}, {u"granularity"_s, QString()}};
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace dashboardbench
