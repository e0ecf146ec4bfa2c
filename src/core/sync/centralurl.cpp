// SPDX-License-Identifier: GPL-3.0-or-later
#include "centralurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lanterne {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CentralUrl)
};

// libpq keywords a URL may set; anything else is refused rather than silently ignored.
const QStringList kKnown{
    u"sslmode"_s,         u"sslrootcert"_s,         u"sslcert"_s,          u"sslkey"_s,
    u"sslcrl"_s,          u"connect_timeout"_s,     u"application_name"_s, u"keepalives"_s,
    u"keepalives_idle"_s, u"keepalives_interval"_s, u"keepalives_count"_s, u"target_session_attrs"_s,
    u"options"_s};
} // namespace

std::optional<CentralUrl> CentralUrl::parse(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [&](const QString &what) {
        if (error)
            *error = Tr::tr("adresse de la base centrale invalide (%1) : %2")
                         .arg(what, QUrl(text).toDisplayString(QUrl::RemovePassword));
        return std::nullopt;
    };
    if (!url.isValid())
        return fail(url.errorString());
    if (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1)
        return fail(Tr::tr("elle doit commencer par postgresql://"));
    CentralUrl c;
    c.host = url.host();
    if (c.host.isEmpty())
        return fail(Tr::tr("hôte manquant"));
    c.port = url.port(5432);
    c.database = url.path().mid(1);
    if (c.database.isEmpty())
        c.database = u"lanterne"_s;
    c.user = url.userName();
    c.password = url.password();
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!kKnown.contains(item.first))
            return fail(Tr::tr("paramètre inconnu « %1 »").arg(item.first));
        c.options.insert(item.first, item.second);
    }
    if (!c.options.contains(u"sslmode"_s))
        c.options.insert(u"sslmode"_s, c.isLoopback() ? u"prefer"_s : u"verify-full"_s);
    if (!c.options.contains(u"connect_timeout"_s))
        c.options.insert(u"connect_timeout"_s, u"10"_s);
    if (!c.options.contains(u"application_name"_s))
        c.options.insert(u"application_name"_s, u"lanterne"_s);
    return c;
}

bool CentralUrl::isLoopback() const
{
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CentralUrl::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u';');
}

QString CentralUrl::display() const
{
    return u"postgresql://%1%2:%3/%4"_s.arg(user.isEmpty() ? QString() : user + u'@', host)
        .arg(port)
        .arg(database);
}

} // namespace lanterne
