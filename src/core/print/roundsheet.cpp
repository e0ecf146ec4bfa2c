// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/roundsheet.h"

#include "domain/codes.h"
#include "map/webmercator.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace lanterne {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoundSheet)
};

namespace mercator = map::mercator;

constexpr int kDpi = 300;
constexpr double kMarginMm = 12;
constexpr double kPageWidthMm = 210 - 2 * kMarginMm;
constexpr double kPageHeightMm = 297 - 2 * kMarginMm;
constexpr double kFooterMm = 7;
constexpr double kBlockMm = 80;       ///< one stop
constexpr double kStopMapMm = 56;     ///< its map, square
constexpr double kOverviewMm = 72;    ///< the whole round's map, first page
constexpr double kTilePixelMm = 0.18; ///< a map tile's pixel on paper
constexpr int kStopZoom = 17;         ///< about 230 m across a stop's map
const QColor kInk(0x21, 0x21, 0x21);
const QColor kMuted(0x61, 0x61, 0x61);
const QColor kPrimary(0x1f, 0x3a, 0x5f);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kLand(0xef, 0xee, 0xe8);

double mm(double v)
{
    return v * kDpi / 25.4;
}

/** What a map on the sheet shows: the view's centre (world coordinates), zoom and size. */
struct MapFrame
{
    QPointF center;
    int zoom = kStopZoom;
    QSizeF sizeMm;

    [[nodiscard]] double scale() const { return double(mercator::kTileSize) * std::pow(2.0, zoom); }
    /** The view in the zoom's pixels. */
    [[nodiscard]] QRectF pixels() const
    {
        const double w = sizeMm.width() / kTilePixelMm, h = sizeMm.height() / kTilePixelMm;
        return {center.x() * scale() - w / 2, center.y() * scale() - h / 2, w, h};
    }
    [[nodiscard]] QList<RoundSheetTile> tiles() const
    {
        QList<RoundSheetTile> out;
        const QRectF px = pixels();
        const int n = 1 << zoom;
        const int x0 = std::max(0, int(std::floor(px.left() / mercator::kTileSize)));
        const int x1 = std::min(n - 1, int(std::floor(px.right() / mercator::kTileSize)));
        const int y0 = std::max(0, int(std::floor(px.top() / mercator::kTileSize)));
        const int y1 = std::min(n - 1, int(std::floor(px.bottom() / mercator::kTileSize)));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                out.append({zoom, x, y});
        return out;
    }
};

bool located(const PlannedIntervention &s)
{
    return std::isfinite(s.latitude) && std::isfinite(s.longitude) && (s.latitude != 0 || s.longitude != 0);
}

MapFrame stopFrame(const PlannedIntervention &s)
{
    return {mercator::world(s.longitude, s.latitude), kStopZoom, QSizeF(kStopMapMm, kStopMapMm)};
}

/** The whole round, every stop in view with a margin. */
MapFrame overviewFrame(const QList<PlannedIntervention> &stops)
{
    MapFrame f;
    f.sizeMm = QSizeF(kPageWidthMm, kOverviewMm);
    QRectF bounds;
    for (const PlannedIntervention &s : stops) {
        if (!located(s))
            continue;
        const QPointF w = mercator::world(s.longitude, s.latitude);
        bounds = bounds.isNull() ? QRectF(w, QSizeF(1e-12, 1e-12))
                                 : bounds.united(QRectF(w, QSizeF(1e-12, 1e-12)));
    }
    f.center = bounds.center();
    const double widthPx = f.sizeMm.width() / kTilePixelMm * 0.8,
                 heightPx = f.sizeMm.height() / kTilePixelMm * 0.8;
    int zoom = 16;
    if (bounds.width() > 1e-9 || bounds.height() > 1e-9) {
        const double zx = std::log2(widthPx / (std::max(bounds.width(), 1e-12) * mercator::kTileSize));
        const double zy = std::log2(heightPx / (std::max(bounds.height(), 1e-12) * mercator::kTileSize));
        zoom = int(std::floor(std::min(zx, zy)));
    }
    f.zoom = std::clamp(zoom, 10, 17);
    return f;
}

/** A number in a disc: a stop on a map. */
void drawMarker(QPainter &p, QPointF at, int number, double radiusMm, const QColor &fill)
{
    p.setPen(QPen(Qt::white, mm(0.4)));
    p.setBrush(fill);
    p.drawEllipse(at, mm(radiusMm), mm(radiusMm));
    QFont f = p.font();
    f.setPointSizeF(radiusMm * 2.2);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    const QRectF box(at.x() - mm(radiusMm), at.y() - mm(radiusMm), mm(2 * radiusMm), mm(2 * radiusMm));
    p.drawText(box, Qt::AlignCenter, QString::number(number));
}

/**
 * Draws a map into @p rect: the tiles that could be had, else the land and the commune outlines;
 * the round's path and stops (the @p highlight one in red, bigger); a scale bar and the credit.
 */
void drawMap(QPainter &p, const QRectF &rect, const MapFrame &frame, const QList<PlannedIntervention> &stops,
             int highlight, const RoundSheet::Input &in, const ReferenceData &ref)
{
    p.save();
    p.setClipRect(rect);
    const QRectF px = frame.pixels();
    const double s = rect.width() / px.width(); // device units per zoom pixel
    auto toDevice = [&](QPointF world) {
        return QPointF(rect.left() + (world.x() * frame.scale() - px.left()) * s,
                       rect.top() + (world.y() * frame.scale() - px.top()) * s);
    };
    p.fillRect(rect, kLand);
    int drawn = 0;
    if (in.tile) {
        for (const RoundSheetTile &t : frame.tiles()) {
            const QImage img = in.tile(t);
            if (img.isNull())
                continue;
            const QPointF topLeft(rect.left() + (t.x * mercator::kTileSize - px.left()) * s,
                                  rect.top() + (t.y * mercator::kTileSize - px.top()) * s);
            p.drawImage(QRectF(topLeft, QSizeF(mercator::kTileSize * s, mercator::kTileSize * s)), img);
            ++drawn;
        }
    }
    if (drawn == 0) {
        // No tiles: where the stop is among the communes and their districts.
        p.setBrush(Qt::NoBrush);
        for (const Municipality &m : ref.municipalities()) {
            for (const District &d : m.districts) {
                QPolygonF poly;
                for (const QPointF &ll : d.polygon.ring())
                    poly << toDevice(mercator::world(ll.x(), ll.y()));
                p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), mm(0.2), Qt::DashLine));
                p.drawPolygon(poly);
            }
            QPolygonF outline;
            for (const QPointF &ll : m.outline.ring())
                outline << toDevice(mercator::world(ll.x(), ll.y()));
            p.setPen(QPen(QColor(0x75, 0x75, 0x75), mm(0.45)));
            p.drawPolygon(outline);
        }
    }
    // The round's path, then its stops.
    QPolygonF path;
    for (const PlannedIntervention &stop : stops)
        if (located(stop))
            path << toDevice(mercator::world(stop.longitude, stop.latitude));
    p.setPen(QPen(QColor(31, 58, 95, 150), mm(0.5), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(path);
    for (int i = 0; i < stops.size(); ++i) {
        if (!located(stops[i]) || i == highlight)
            continue;
        drawMarker(p, toDevice(mercator::world(stops[i].longitude, stops[i].latitude)), i + 1,
                   highlight < 0 ? 2.4 : 1.8, highlight < 0 ? kPrimary : QColor(0x78, 0x90, 0x9c));
    }
    if (highlight >= 0 && located(stops[highlight]))
        drawMarker(p, toDevice(mercator::world(stops[highlight].longitude, stops[highlight].latitude)),
                   highlight + 1, 3, kRed);

    // Scale bar: the longest round length under a quarter of the map.
    const double lat = mercator::latitude(frame.center.y());
    const double metresPerUnit = 156543.03392 * std::cos(lat * M_PI / 180) / std::pow(2.0, frame.zoom) / s;
    double metres = 10;
    for (double m : {10., 20., 50., 100., 200., 500., 1000., 2000., 5000., 10000.})
        if (m / metresPerUnit <= rect.width() / 4)
            metres = m;
    const double len = metres / metresPerUnit;
    QFont small = p.font();
    small.setBold(false);
    small.setPointSizeF(6);
    p.setFont(small);
    const QString label = metres >= 1000 ? Tr::tr("%1 km").arg(metres / 1000) : Tr::tr("%1 m").arg(metres);
    const QRectF bar(rect.left() + mm(2), rect.bottom() - mm(6), len + mm(2), mm(4.5));
    p.fillRect(bar, QColor(255, 255, 255, 210));
    p.setPen(QPen(kInk, mm(0.35)));
    const double by = bar.bottom() - mm(1);
    p.drawLine(QPointF(bar.left() + mm(1), by), QPointF(bar.left() + mm(1) + len, by));
    p.drawLine(QPointF(bar.left() + mm(1), by), QPointF(bar.left() + mm(1), by - mm(1)));
    p.drawLine(QPointF(bar.left() + mm(1) + len, by), QPointF(bar.left() + mm(1) + len, by - mm(1)));
    p.drawText(QRectF(bar.left(), bar.top(), bar.width(), mm(3)), Qt::AlignCenter, label);
    if (drawn > 0 && !in.attribution.isEmpty()) {
        const QFontMetricsF fm(small, p.device());
        const QString credit = fm.elidedText(in.attribution, Qt::ElideRight, rect.width() - mm(4));
        const QRectF box(rect.right() - fm.horizontalAdvance(credit) - mm(2), rect.bottom() - mm(3.2),
                         fm.horizontalAdvance(credit) + mm(2), mm(3.2));
        p.fillRect(box, QColor(255, 255, 255, 210));
        p.setPen(kMuted);
        p.drawText(box, Qt::AlignCenter, credit);
    }
    p.restore();
    p.setPen(QPen(kMuted, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
}

/** @p text in @p rect with word wrap, shortened with an ellipsis when it does not fit. */
void drawWrapped(QPainter &p, const QRectF &rect, const QString &text)
{
    const QFontMetricsF fm(p.font(), p.device());
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    QString shown = text.simplified();
    if (fm.boundingRect(rect, flags, shown).height() > rect.height()) {
        QStringList words = shown.split(u' ');
        while (words.size() > 1) {
            words.removeLast();
            shown = words.join(u' ') + u" …"_s;
            if (fm.boundingRect(rect, flags, shown).height() <= rect.height())
                break;
        }
    }
    p.drawText(rect, flags, shown);
}

/** A box to tick and its label; returns where the next one starts. */
double drawTickBox(QPainter &p, double x, double y, const QString &label)
{
    const QFontMetricsF fm(p.font(), p.device());
    p.setPen(QPen(kInk, mm(0.3)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(x, y + mm(0.6), mm(3.2), mm(3.2)));
    p.drawText(QPointF(x + mm(4.6), y + mm(3.6)), label);
    return x + mm(4.6) + fm.horizontalAdvance(label) + mm(5);
}

} // namespace

QString RoundSheet::fileName(const QString &team, const QDate &day)
{
    return u"feuille-de-route-%1-%2.pdf"_s.arg(team, day.toString(Qt::ISODate));
}

QList<RoundSheetTile> RoundSheet::tiles(const QList<PlannedIntervention> &stops)
{
    QList<RoundSheetTile> out;
    auto add = [&](const QList<RoundSheetTile> &more) {
        for (const RoundSheetTile &t : more)
            if (!out.contains(t))
                out.append(t);
    };
    if (std::any_of(stops.cbegin(), stops.cend(), located))
        add(overviewFrame(stops).tiles());
    for (const PlannedIntervention &s : stops)
        if (located(s))
            add(stopFrame(s).tiles());
    return out;
}

QString RoundSheet::write(QIODevice *out, const Input &in, const ReferenceData &ref)
{
    if (in.stops.isEmpty())
        return Tr::tr("Aucune intervention ce jour-là : il n'y a pas de feuille de route à imprimer.");
    QPdfWriter writer(out);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    const QString dayText = QLocale().toString(in.day, u"dddd d MMMM yyyy"_s);
    writer.setTitle(Tr::tr("Feuille de route — %1 — %2").arg(in.teamName, dayText));
    writer.setCreator(u"Lanterne"_s);
    QPainter p;
    if (!p.begin(&writer))
        return Tr::tr("Le PDF n'a pas pu être créé.");
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(9);
    // No ligatures: the text copied or read back from the PDF is the text written ("fi", not "ﬁ").
    base.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(base);
    auto font = [&](double size, bool bold) {
        QFont f = base;
        f.setPointSizeF(size);
        f.setBold(bold);
        p.setFont(f);
        return QFontMetricsF(f, &writer);
    };

    // Pages: the first has the title and the overview, then 2 stops; the others 3 stops.
    const int firstPage = 2, perPage = 3;
    const int pages =
        in.stops.size() <= firstPage ? 1 : 1 + int((in.stops.size() - firstPage + perPage - 1) / perPage);
    const QString reported =
        in.stops.size() == 1 ? Tr::tr("1 intervention") : Tr::tr("%1 interventions").arg(in.stops.size());
    const QLocale locale;
    auto footer = [&](int page) {
        font(7, false);
        p.setPen(kMuted);
        const QRectF box(0, mm(kPageHeightMm - kFooterMm + 2), mm(kPageWidthMm), mm(kFooterMm - 2));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("Lanterne — feuille de route de %1, %2").arg(in.teamName, dayText));
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 / %2").arg(page).arg(pages));
    };

    double y = 0;
    // Title, team and day, when it was printed.
    QFontMetricsF fm = font(18, true);
    p.setPen(kPrimary);
    p.drawText(QRectF(0, y, mm(kPageWidthMm), fm.height()), Qt::AlignLeft, Tr::tr("Feuille de route"));
    y += fm.height();
    fm = font(12, true);
    p.setPen(kInk);
    p.drawText(QRectF(0, y, mm(kPageWidthMm), fm.height()), Qt::AlignLeft,
               u"%1 — %2"_s.arg(in.teamName, dayText));
    y += fm.height() + mm(0.5);
    fm = font(8.5, false);
    p.setPen(kMuted);
    p.drawText(QRectF(0, y, mm(kPageWidthMm), fm.height()), Qt::AlignLeft,
               Tr::tr("%1 · imprimée le %2")
                   .arg(reported, locale.toString(in.printedAt.isValid() ? in.printedAt.toLocalTime()
                                                                         : QDateTime::currentDateTime(),
                                                  u"dd/MM/yyyy HH:mm"_s)));
    y += fm.height() + mm(2);
    drawMap(p, QRectF(0, y, mm(kPageWidthMm), mm(kOverviewMm)), overviewFrame(in.stops), in.stops, -1, in,
            ref);
    y += mm(kOverviewMm + 3);

    int page = 1;
    for (int i = 0; i < in.stops.size(); ++i) {
        if (y + mm(kBlockMm) > mm(kPageHeightMm - kFooterMm)) {
            footer(page);
            writer.newPage();
            ++page;
            y = 0;
            fm = font(9, true);
            p.setPen(kMuted);
            p.drawText(QRectF(0, y, mm(kPageWidthMm), fm.height()), Qt::AlignLeft,
                       Tr::tr("Feuille de route — %1 — %2 (suite)").arg(in.teamName, dayText));
            y += fm.height() + mm(2);
        }
        const PlannedIntervention &s = in.stops[i];
        p.setPen(QPen(kMuted, mm(0.3)));
        p.drawLine(QPointF(0, y), QPointF(mm(kPageWidthMm), y));
        const double top = y + mm(3);
        if (located(s)) {
            drawMap(p, QRectF(0, top, mm(kStopMapMm), mm(kStopMapMm)), stopFrame(s), in.stops, i, in, ref);
        } else {
            p.setPen(QPen(kMuted, mm(0.3)));
            p.drawRect(QRectF(0, top, mm(kStopMapMm), mm(kStopMapMm)));
            font(8, false);
            p.drawText(QRectF(0, top, mm(kStopMapMm), mm(kStopMapMm)), Qt::AlignCenter | Qt::TextWordWrap,
                       Tr::tr("Position inconnue"));
        }
        const double x = mm(kStopMapMm + 4), w = mm(kPageWidthMm - kStopMapMm - 4);
        double ty = top;
        // Number and time, reference, category; the ticket's status on the right.
        fm = font(14, true);
        p.setPen(kRed);
        const QString number = QString::number(i + 1);
        p.drawText(QPointF(x, ty + fm.ascent()), number);
        double hx = x + fm.horizontalAdvance(number) + mm(3);
        const double baseline = ty + fm.ascent();
        fm = font(11, true);
        p.setPen(kInk);
        const QString when =
            s.plannedTime.isValid() ? locale.toString(s.plannedTime, u"HH:mm"_s) : Tr::tr("Heure libre");
        p.drawText(QPointF(hx, baseline), when);
        hx += fm.horizontalAdvance(when) + mm(4);
        p.drawText(QPointF(hx, baseline), s.reference);
        hx += fm.horizontalAdvance(s.reference) + mm(4);
        fm = font(9.5, false);
        p.drawText(QRectF(hx, baseline - fm.ascent(), x + w - hx, fm.height()), Qt::AlignLeft,
                   fm.elidedText(ref.categoryLabel(s.category), Qt::ElideRight, x + w - hx));
        ty += mm(7.5);
        fm = font(10, true);
        p.setPen(kInk);
        p.drawText(QRectF(x, ty, w, fm.height()), Qt::AlignLeft,
                   fm.elidedText(s.address.isEmpty() ? Tr::tr("Adresse non précisée") : s.address,
                                 Qt::ElideRight, w));
        ty += fm.height() + mm(0.6);
        fm = font(7.5, false);
        p.setPen(kMuted);
        p.drawText(QRectF(x, ty, w, fm.height()), Qt::AlignLeft,
                   Tr::tr("Statut du signalement : %1").arg(codes::label(s.ticketStatus)));
        ty += fm.height() + mm(1);
        font(9, false);
        p.setPen(kInk);
        drawWrapped(p, QRectF(x, ty, w, mm(19)), s.description);
        ty = top + mm(38);
        // What the team writes down.
        font(9, false);
        p.setPen(kInk);
        double bx = drawTickBox(p, x, ty, Tr::tr("Fait"));
        bx = drawTickBox(p, bx, ty, Tr::tr("Pas fait"));
        bx = drawTickBox(p, bx, ty, Tr::tr("Impossible, motif :"));
        p.setPen(QPen(kMuted, mm(0.25), Qt::DotLine));
        p.drawLine(QPointF(bx - mm(3), ty + mm(3.8)), QPointF(x + w, ty + mm(3.8)));
        ty += mm(7);
        p.setPen(kInk);
        const QString fields = Tr::tr("Heure : ________    Temps passé : ______ min    Matériel :");
        p.drawText(QPointF(x, ty + mm(3.6)), fields);
        fm = QFontMetricsF(p.font(), &writer);
        p.setPen(QPen(kMuted, mm(0.25), Qt::DotLine));
        p.drawLine(QPointF(x + fm.horizontalAdvance(fields) + mm(1), ty + mm(3.8)),
                   QPointF(x + w, ty + mm(3.8)));
        ty += mm(7);
        p.setPen(kInk);
        p.drawText(QPointF(x, ty + mm(3.6)), Tr::tr("Notes :"));
        p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), mm(0.25)));
        for (double line = ty + mm(9); line <= top + mm(kBlockMm - 5); line += mm(6))
            p.drawLine(QPointF(x, line), QPointF(x + w, line));
        y += mm(kBlockMm);
    }
    footer(page);
    if (!p.end())
        return Tr::tr("Le PDF n'a pas pu être écrit.");
    return {};
}

} // namespace lanterne
