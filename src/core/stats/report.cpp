// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/report.h"

#include "domain/codes.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString number(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

// The PDF is in French whatever the workstation's language: its words are written here.
const QLocale kFrench(QLocale::French, QLocale::France);

QString frenchDate(const QDate &d)
{
    return kFrench.toString(d, u"d MMMM yyyy"_s);
}

QString frenchNumber(double v, int decimals)
{
    return kFrench.toString(v, 'f', decimals);
}

QString frenchDuration(const std::optional<double> &hours)
{
    return ReportDocument::durationText(hours, kFrench, u"%1 h"_s, u"%1 j"_s);
}

QString frenchPct(const std::optional<double> &v)
{
    return v ? frenchNumber(*v, 0) + u" %"_s : u"—"_s;
}

QString channelFrench(const QString &code)
{
    static const QHash<QString, QString> names{{u"mobile_app"_s, u"Application mobile"_s},
                                               {u"web"_s, u"Site web"_s},
                                               {u"phone"_s, u"Téléphone"_s},
                                               {u"counter"_s, u"Accueil"_s},
                                               {u"email"_s, u"Courriel"_s},
                                               {u"agent"_s, u"Agent municipal"_s}};
    return names.value(code, code);
}

/** The name of a key of a section, in French. */
QString keyName(const ReferenceData &ref, const QString &section, const QString &key)
{
    if (key.isEmpty())
        return section == "service"_L1    ? u"Sans service"_s
               : section == "team"_L1     ? u"Sans équipe"_s
               : section == "district"_L1 ? u"Hors quartier"_s
                                          : u"—"_s;
    if (section == "category"_L1) {
        const Category *c = ref.category(key);
        return c ? c->label : key;
    }
    if (section == "service"_L1) {
        const Service *s = ref.service(key);
        return s ? s->name : key;
    }
    if (section == "team"_L1)
        return ref.teamName(key);
    if (section == "district"_L1) {
        for (const Municipality &m : ref.municipalities())
            for (const District &d : m.districts)
                if (d.code == key)
                    return d.name;
        return key;
    }
    if (section == "channel"_L1)
        return channelFrench(key);
    return key;
}

QString domainFrench(const ReferenceData &ref, const QString &code)
{
    const CategoryDomain *d = ref.domain(code);
    return d ? d->label : (code.isEmpty() ? u"Autre"_s : code);
}

/** A change against the previous period, for people: "+12 %", "−3 %", "=". */
QString change(double now, double before)
{
    if (before == 0)
        return now == 0 ? u"="_s : u"nouveau"_s;
    const double pct = 100.0 * (now - before) / before;
    if (std::abs(pct) < 0.5)
        return u"="_s;
    return (pct > 0 ? u"+"_s : u"−"_s) + frenchNumber(std::abs(pct), 0) + u" %"_s;
}

const QList<QColor> kPalette{QColor(0x1f, 0x5f, 0xa8), QColor(0xe0, 0x8a, 0x1e), QColor(0x2e, 0x8b, 0x57),
                             QColor(0xc0, 0x39, 0x2b), QColor(0x7d, 0x4e, 0xa8), QColor(0x16, 0xa0, 0x85),
                             QColor(0x8e, 0x6e, 0x53), QColor(0x95, 0xa5, 0xa6)};

/** Draws the report on A4 pages, in points, with a footer on each page. */
class PdfPainter
{
public:
    PdfPainter(QPdfWriter &writer, const QString &footer)
        : m_writer(writer)
        , m_footer(footer)
    {
        m_painter.begin(&writer);
        m_width = writer.width();
        m_height = writer.height();
        m_y = 0;
    }
    ~PdfPainter() { finish(); }

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    double width() const { return m_width; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    /** Whether @p needed points are left on the page, above the footer. */
    [[nodiscard]] bool fits(double needed) const { return m_y + needed <= m_height - 30; }
    /** Starts a new page when less than @p needed points are left. */
    void ensure(double needed)
    {
        if (!fits(needed))
            newPage();
    }
    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        m_y = 0;
    }
    void finish()
    {
        if (!m_painter.isActive())
            return;
        drawFooter();
        m_painter.end();
    }

    void text(const QString &t, double size, bool bold = false, const QColor &colour = Qt::black)
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(size);
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(colour);
        const QRectF r(0, m_y, m_width, 1000);
        const QRectF used = m_painter.boundingRect(r, Qt::TextWordWrap, t);
        ensure(used.height());
        m_painter.drawText(QRectF(0, m_y, m_width, used.height()), Qt::TextWordWrap, t);
        m_y += used.height();
    }

private:
    void drawFooter()
    {
        QFont f(u"DejaVu Sans"_s);
        f.setPointSizeF(7.5);
        m_painter.setFont(f);
        m_painter.setPen(QColor(0x70, 0x70, 0x70));
        ++m_page;
        m_painter.drawText(QRectF(0, m_height - 14, m_width, 14), Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(QRectF(0, m_height - 14, m_width, 14), Qt::AlignRight | Qt::AlignVCenter,
                           u"Page %1"_s.arg(m_page));
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_footer;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 0;
};

QFont font(double size, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

void keyFigures(PdfPainter &pdf, const ReportDocument &doc)
{
    const Figures &t = doc.total;
    const Figures &p = doc.previous;
    struct Box
    {
        QString label;
        QString value;
        QString before;
    };
    auto hours = [](const std::optional<double> &h) { return h.value_or(0); };
    auto durationBox = [&](const QString &label, const std::optional<double> &now,
                           const std::optional<double> &before) {
        return Box{label, frenchDuration(now),
                   u"avant : %1 (%2)"_s.arg(frenchDuration(before),
                                            now && before ? change(hours(now), hours(before)) : u"—"_s)};
    };
    auto pctBox = [&](const QString &label, const std::optional<double> &now,
                      const std::optional<double> &before) {
        QString delta = u"—"_s;
        if (now && before) {
            const double d = *now - *before;
            delta = std::abs(d) < 0.5 ? u"="_s
                                      : (d > 0 ? u"+"_s : u"−"_s) + frenchNumber(std::abs(d), 0) + u" pt"_s;
        }
        return Box{label, frenchPct(now), u"avant : %1 (%2)"_s.arg(frenchPct(before), delta)};
    };
    const QList<Box> boxes{
        {u"Signalements reçus"_s, kFrench.toString(t.created),
         u"avant : %1 (%2)"_s.arg(kFrench.toString(p.created), change(t.created, p.created))},
        {u"Signalements résolus"_s, kFrench.toString(t.resolved),
         u"avant : %1 (%2)"_s.arg(kFrench.toString(p.resolved), change(t.resolved, p.resolved))},
        durationBox(u"Prise en compte (médiane)"_s, t.medianHoursToAcknowledge, p.medianHoursToAcknowledge),
        durationBox(u"Résolution (médiane)"_s, t.medianHoursToResolve, p.medianHoursToResolve),
        durationBox(u"Résolution, 9 sur 10 en moins de"_s, t.p90HoursToResolve, p.p90HoursToResolve),
        pctBox(u"Résolus dans les délais"_s, t.resolvedWithinDeadlinePct(), p.resolvedWithinDeadlinePct()),
        pctBox(u"Transmis à un autre organisme"_s, t.forwardedPct(), p.forwardedPct()),
        pctBox(u"Doublons"_s, t.duplicatePct(), p.duplicatePct()),
    };
    const int perRow = 4;
    const double gap = 8;
    const double w = (pdf.width() - gap * (perRow - 1)) / perRow;
    const double h = 64;
    QPainter &pa = pdf.painter();
    for (int i = 0; i < boxes.size(); i += perRow) {
        pdf.ensure(h + gap);
        for (int j = 0; j < perRow && i + j < boxes.size(); ++j) {
            const Box &b = boxes[i + j];
            const QRectF r((w + gap) * j, pdf.y(), w, h);
            pa.setPen(QColor(0xd0, 0xd5, 0xdd));
            pa.setBrush(QColor(0xf4, 0xf6, 0xf9));
            pa.drawRoundedRect(r, 4, 4);
            pa.setPen(QColor(0x40, 0x48, 0x55));
            pa.setFont(font(7.5));
            pa.drawText(r.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, b.label);
            pa.setPen(Qt::black);
            pa.setFont(font(15, true));
            pa.drawText(r.adjusted(6, 25, -6, 0), Qt::AlignLeft | Qt::AlignTop, b.value);
            pa.setPen(QColor(0x60, 0x60, 0x60));
            pa.setFont(font(7));
            pa.drawText(r.adjusted(6, 0, -6, -4), Qt::AlignLeft | Qt::AlignBottom, b.before);
        }
        pdf.advance(h + gap);
    }
}

/** Stacked bars of the tickets received per bucket and domain, with a legend. */
void volumeChart(PdfPainter &pdf, const ReportDocument &doc, const ReferenceData &ref)
{
    const VolumeSeries &v = doc.volumes;
    const double h = 190;
    pdf.ensure(h + 40);
    QPainter &pa = pdf.painter();
    const double left = 36, top = pdf.y() + 6, plotW = pdf.width() - left - 120, plotH = h - 36;
    int maxTotal = 1;
    for (int t : v.totals)
        maxTotal = std::max(maxTotal, t);
    // A round scale.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(maxTotal))));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (maxTotal / (magnitude * m) <= 5) {
            step = magnitude * m;
            break;
        }
    const double scaleMax = std::ceil(maxTotal / step) * step;
    pa.setFont(font(7));
    for (double y = 0; y <= scaleMax + 1e-9; y += step) {
        const double py = top + plotH - plotH * y / scaleMax;
        pa.setPen(QColor(0xe3, 0xe6, 0xea));
        pa.drawLine(QPointF(left, py), QPointF(left + plotW, py));
        pa.setPen(QColor(0x50, 0x50, 0x50));
        pa.drawText(QRectF(0, py - 6, left - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                    kFrench.toString(qint64(y)));
    }
    const int n = int(v.buckets.size());
    const double slot = n ? plotW / n : plotW;
    const double barW = std::max(1.0, slot * 0.75);
    const QStringList keys = v.keys.mid(0, kPalette.size() - 1);
    const int labelEvery = std::max(1, int(std::ceil(n / 12.0)));
    for (int i = 0; i < n; ++i) {
        double y = top + plotH;
        int rest = v.totals[i];
        for (int k = 0; k < keys.size(); ++k) {
            const int c = v.counts.value(keys[k]).value(i);
            rest -= c;
            const double bh = plotH * c / scaleMax;
            pa.fillRect(QRectF(left + slot * i + (slot - barW) / 2, y - bh, barW, bh), kPalette[k]);
            y -= bh;
        }
        if (rest > 0) {
            const double bh = plotH * rest / scaleMax;
            pa.fillRect(QRectF(left + slot * i + (slot - barW) / 2, y - bh, barW, bh), kPalette.last());
        }
        if (i % labelEvery == 0) {
            pa.setPen(QColor(0x50, 0x50, 0x50));
            pa.drawText(QRectF(left + slot * i - 20 + slot / 2, top + plotH + 3, 40, 12), Qt::AlignHCenter,
                        ReportDocument::bucketLabel(v.buckets[i], doc.granularity, kFrench));
        }
    }
    // Legend.
    double ly = top;
    for (int k = 0; k <= keys.size(); ++k) {
        const bool others = k == keys.size();
        if (others && v.keys.size() <= keys.size())
            break;
        pa.fillRect(QRectF(left + plotW + 12, ly + 2, 8, 8), others ? kPalette.last() : kPalette[k]);
        pa.setPen(Qt::black);
        pa.drawText(QRectF(left + plotW + 24, ly, 96, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    others ? u"Autres"_s : domainFrench(ref, keys[k]));
        ly += 14;
    }
    pdf.advance(h);
}

/** The open tickets at the end of each bucket, as a line. */
void backlogChart(PdfPainter &pdf, const ReportDocument &doc)
{
    const BacklogSeries &b = doc.backlog;
    const double h = 150;
    pdf.ensure(h + 20);
    QPainter &pa = pdf.painter();
    const double left = 36, top = pdf.y() + 6, plotW = pdf.width() - left - 120, plotH = h - 36;
    int maxOpen = 1;
    for (int o : b.open)
        maxOpen = std::max(maxOpen, o);
    const double scaleMax = maxOpen * 1.1;
    pa.setFont(font(7));
    for (int i = 0; i <= 4; ++i) {
        const double y = scaleMax * i / 4;
        const double py = top + plotH - plotH * i / 4;
        pa.setPen(QColor(0xe3, 0xe6, 0xea));
        pa.drawLine(QPointF(left, py), QPointF(left + plotW, py));
        pa.setPen(QColor(0x50, 0x50, 0x50));
        pa.drawText(QRectF(0, py - 6, left - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                    kFrench.toString(qint64(std::round(y))));
    }
    const int n = int(b.buckets.size());
    if (n > 0) {
        const double slot = plotW / n;
        QPolygonF line;
        for (int i = 0; i < n; ++i)
            line << QPointF(left + slot * (i + 0.5), top + plotH - plotH * b.open[i] / scaleMax);
        pa.setPen(QPen(kPalette[0], 1.6));
        pa.drawPolyline(line);
        const int labelEvery = std::max(1, int(std::ceil(n / 12.0)));
        pa.setPen(QColor(0x50, 0x50, 0x50));
        for (int i = 0; i < n; i += labelEvery)
            pa.drawText(QRectF(left + slot * i - 20 + slot / 2, top + plotH + 3, 40, 12), Qt::AlignHCenter,
                        ReportDocument::bucketLabel(b.buckets[i], doc.granularity, kFrench));
    }
    pdf.advance(h);
}

void table(PdfPainter &pdf, const ReportDocument &doc, const ReferenceData &ref, const QString &section,
           const QString &title)
{
    QList<ReportRow> rows;
    for (const ReportRow &r : doc.rows)
        if (r.section == section)
            rows.append(r);
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow &a, const ReportRow &b) {
        return a.figures.created > b.figures.created;
    });
    const QStringList header{u"Reçus"_s,
                             u"Résolus"_s,
                             u"Prise en\ncompte (méd.)"_s,
                             u"Résolution\n(médiane)"_s,
                             u"Résolution\n(9 sur 10)"_s,
                             u"Dans les\ndélais"_s};
    const double rowH = 13;
    const double nameW = pdf.width() - 6 * 62;
    QPainter &pa = pdf.painter();
    auto drawHeader = [&] {
        pa.setFont(font(7, true));
        pa.setPen(QColor(0x40, 0x48, 0x55));
        pa.drawText(QRectF(0, pdf.y(), nameW, 22), Qt::AlignLeft | Qt::AlignBottom, title);
        for (int c = 0; c < header.size(); ++c)
            pa.drawText(QRectF(nameW + 62 * c, pdf.y(), 60, 22), Qt::AlignRight | Qt::AlignBottom, header[c]);
        pdf.advance(24);
        pa.setPen(QColor(0xb0, 0xb5, 0xbd));
        pa.drawLine(QPointF(0, pdf.y()), QPointF(pdf.width(), pdf.y()));
        pdf.advance(2);
    };
    pdf.ensure(26 + rowH * std::min<qsizetype>(rows.size(), 3) + 20);
    pdf.text(u"Par "_s + title.toLower(), 11, true);
    pdf.advance(2);
    drawHeader();
    if (rows.isEmpty()) {
        pa.setFont(font(8));
        pa.setPen(QColor(0x60, 0x60, 0x60));
        pa.drawText(QRectF(0, pdf.y(), pdf.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    u"Aucun signalement sur la période."_s);
        pdf.advance(rowH);
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (!pdf.fits(rowH)) {
            pdf.newPage();
            drawHeader();
        }
        const Figures &f = rows[i].figures;
        if (i % 2)
            pa.fillRect(QRectF(0, pdf.y(), pdf.width(), rowH), QColor(0xf4, 0xf6, 0xf9));
        pa.setFont(font(8));
        pa.setPen(Qt::black);
        const QStringList cells{kFrench.toString(f.created),
                                kFrench.toString(f.resolved),
                                frenchDuration(f.medianHoursToAcknowledge),
                                frenchDuration(f.medianHoursToResolve),
                                frenchDuration(f.p90HoursToResolve),
                                frenchPct(f.resolvedWithinDeadlinePct())};
        pa.drawText(QRectF(2, pdf.y(), nameW - 4, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(pa.font()).elidedText(keyName(ref, section, rows[i].key), Qt::ElideRight,
                                                        nameW - 8));
        for (int c = 0; c < cells.size(); ++c)
            pa.drawText(QRectF(nameW + 62 * c, pdf.y(), 60, rowH), Qt::AlignRight | Qt::AlignVCenter,
                        cells[c]);
        pdf.advance(rowH);
    }
    pdf.advance(12);
}

} // namespace

StatsGranularity ReportDocument::granularityFor(qint64 days)
{
    if (days <= 45)
        return StatsGranularity::Day;
    if (days <= 200)
        return StatsGranularity::Week;
    return StatsGranularity::Month;
}

QString ReportDocument::placeName(const LocalStore &store, const ReferenceData &ref,
                                  const QString &municipality)
{
    QStringList codes;
    if (!municipality.isEmpty()) {
        codes.append(municipality);
    } else {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT DISTINCT municipality FROM ticket ORDER BY municipality"_s))
            while (q.next())
                codes.append(q.value(0).toString());
    }
    QStringList names;
    for (const QString &c : std::as_const(codes)) {
        const Municipality *m = ref.municipality(c);
        names.append(m ? m->name : c);
    }
    if (names.size() > 4)
        return Tr::tr("%n communes", nullptr, int(names.size()));
    return names.join(u", "_s);
}

std::optional<ReportDocument> ReportDocument::build(const LocalStore &store, const ReferenceData &ref,
                                                    const StatsFilter &filter, const QDateTime &now,
                                                    QString *error)
{
    ReportDocument doc;
    doc.filter = filter;
    doc.generatedAt = now;
    doc.place = placeName(store, ref, filter.municipality);
    doc.granularity = granularityFor(filter.days());
    const Statistics stats(store, ref);
    const auto rows = stats.report(filter, error);
    if (!rows)
        return std::nullopt;
    doc.rows = *rows;
    doc.total = rows->first().figures;
    const auto previous = stats.total(filter.previous(), error);
    if (!previous)
        return std::nullopt;
    doc.previous = *previous;
    auto volumes = stats.volumes(filter, StatsDimension::Domain, doc.granularity, error);
    auto backlog = stats.backlog(filter, doc.granularity, now, error);
    auto teams = stats.teamLoad(filter, now, error);
    if (!volumes || !backlog || !teams)
        return std::nullopt;
    doc.volumes = std::move(*volumes);
    doc.backlog = std::move(*backlog);
    doc.teams = std::move(*teams);
    doc.now = Statistics::nowFromTeams(doc.teams);
    return doc;
}

QString ReportDocument::durationText(const std::optional<double> &hours, const QLocale &locale,
                                     const QString &hoursFormat, const QString &daysFormat)
{
    if (!hours)
        return u"—"_s;
    if (*hours < 48)
        return hoursFormat.arg(locale.toString(*hours, 'f', *hours < 10 ? 1 : 0));
    return daysFormat.arg(locale.toString(*hours / 24.0, 'f', *hours < 240 ? 1 : 0));
}

QString ReportDocument::bucketLabel(const StatsBucket &bucket, StatsGranularity granularity,
                                    const QLocale &locale)
{
    return granularity == StatsGranularity::Month ? locale.toString(bucket.first, u"MMM yy"_s)
                                                  : locale.toString(bucket.first, u"d/MM"_s);
}

QStringList ReportDocument::csvColumns()
{
    return {u"section"_s,
            u"key"_s,
            u"created"_s,
            u"resolved"_s,
            u"median_hours_to_acknowledge"_s,
            u"p90_hours_to_acknowledge"_s,
            u"median_hours_to_resolve"_s,
            u"p90_hours_to_resolve"_s,
            u"resolved_within_deadline_pct"_s};
}

QStringList ReportDocument::csvRow(const ReportRow &row)
{
    const Figures &f = row.figures;
    return {row.section,
            row.key,
            QString::number(f.created),
            QString::number(f.resolved),
            number(f.medianHoursToAcknowledge, 2),
            number(f.p90HoursToAcknowledge, 2),
            number(f.medianHoursToResolve, 2),
            number(f.p90HoursToResolve, 2),
            number(f.resolvedWithinDeadlinePct(), 1)};
}

bool ReportDocument::writePdf(const ReferenceData &ref, QIODevice *out, QString *error) const
{
    QPdfWriter writer(out);
    writer.setResolution(72); // one unit is one point
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(40, 40, 40, 34), QPageLayout::Point));
    writer.setTitle(u"Signalements de l'espace public — %1"_s.arg(place));
    writer.setCreator(u"Lanterne"_s);
    const QString periodText = u"du %1 au %2"_s.arg(frenchDate(filter.from), frenchDate(filter.to));
    PdfPainter pdf(writer, u"Lanterne — %1 — %2"_s.arg(place, periodText));
    if (!pdf.isActive()) {
        if (error)
            *error = Tr::tr("impossible de créer le PDF");
        return false;
    }
    pdf.text(u"Signalements de l'espace public"_s, 9, false, QColor(0x50, 0x58, 0x66));
    pdf.text(place, 20, true);
    pdf.advance(2);
    pdf.text(u"Période %1 (%2 jours), comparée aux %2 jours précédents"_s.arg(periodText).arg(filter.days()),
             10);
    QStringList scope;
    if (!filter.service.isEmpty())
        scope.append(u"service : "_s + keyName(ref, u"service"_s, filter.service));
    if (!filter.category.isEmpty())
        scope.append(u"catégorie : "_s + keyName(ref, u"category"_s, filter.category));
    if (!filter.district.isEmpty())
        scope.append(u"quartier : "_s + keyName(ref, u"district"_s, filter.district));
    if (!filter.channel.isEmpty())
        scope.append(u"canal : "_s + keyName(ref, u"channel"_s, filter.channel));
    if (!filter.team.isEmpty())
        scope.append(u"équipe : "_s + keyName(ref, u"team"_s, filter.team));
    if (!scope.isEmpty())
        pdf.text(u"Limité à : "_s + scope.join(u", "_s), 9);
    pdf.text(u"Édité le %1"_s.arg(frenchDate(generatedAt.toTimeZone(QTimeZone("Europe/Paris")).date())), 8,
             false, QColor(0x60, 0x60, 0x60));
    pdf.advance(14);

    keyFigures(pdf, *this);
    pdf.advance(4);
    pdf.text(u"Aujourd'hui : %1 signalements en cours, dont %2 en retard sur leur délai."_s.arg(
                 kFrench.toString(now.open), kFrench.toString(now.overdue)),
             9);
    pdf.advance(14);

    const QString per = granularity == StatsGranularity::Day    ? u"jour"_s
                        : granularity == StatsGranularity::Week ? u"semaine"_s
                                                                : u"mois"_s;
    pdf.ensure(240);
    pdf.text(u"Signalements reçus par %1 et par domaine"_s.arg(per), 11, true);
    volumeChart(pdf, *this, ref);
    pdf.advance(8);
    pdf.ensure(180);
    pdf.text(u"Signalements en cours en fin de %1"_s.arg(per), 11, true);
    backlogChart(pdf, *this);

    pdf.newPage();
    pdf.text(u"Détail"_s, 14, true);
    pdf.text(u"Délais en heures (h) ou jours (j) calendaires, du dépôt du signalement à sa prise en compte "
             u"ou à sa "
             u"résolution, pour les signalements résolus sur la période."_s,
             8, false, QColor(0x50, 0x50, 0x50));
    pdf.advance(8);
    table(pdf, *this, ref, u"category"_s, u"Catégorie"_s);
    table(pdf, *this, ref, u"service"_s, u"Service"_s);
    table(pdf, *this, ref, u"district"_s, u"Quartier"_s);
    table(pdf, *this, ref, u"channel"_s, u"Canal"_s);
    table(pdf, *this, ref, u"team"_s, u"Équipe"_s);
    pdf.finish();
    return true;
}

} // namespace lanterne
