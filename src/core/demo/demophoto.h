// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

namespace lanterne::demo {

/**
 * The demo city's photos, drawn on demand from the ticket's id and the photo's position (never
 * stored): a street scene in the category's colour, always the same for the same ticket.
 */
class DemoPhoto
{
public:
    static constexpr QSize kFullSize{1024, 768};
    [[nodiscard]] static QImage render(const QString &ticketId, int position, const QColor &accent,
                                       const QString &caption, QSize size = kFullSize);
};

} // namespace lanterne::demo
