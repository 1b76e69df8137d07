#include "models/coordinateconverter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <proj.h>

#include <cmath>

namespace avfall {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CoordinateConverter)
};

// SWEREF 99 TM's area of use (EPSG:3006): Sweden, onshore and offshore.
constexpr double kMinLatitude = 54.96;
constexpr double kMaxLatitude = 69.07;
constexpr double kMinLongitude = 10.03;
constexpr double kMaxLongitude = 24.17;

bool inSweden(double latitude, double longitude)
{
    return latitude >= kMinLatitude && latitude <= kMaxLatitude && longitude >= kMinLongitude &&
           longitude <= kMaxLongitude;
}

} // namespace

struct CoordinateConverter::Private
{
    PJ_CONTEXT *context = nullptr;
    PJ *transformation = nullptr;
    QString error;
};

CoordinateConverter::CoordinateConverter()
    : d(std::make_unique<Private>())
{
    d->context = proj_context_create();
    PJ *raw = proj_create_crs_to_crs(d->context, "EPSG:4326", "EPSG:3006", nullptr);
    if (raw) {
        // Longitude before latitude in, east before north out, whatever the EPSG axis order says.
        d->transformation = proj_normalize_for_visualization(d->context, raw);
        proj_destroy(raw);
    }
    if (!d->transformation)
        d->error = Text::tr("Koordinater kan inte räknas om: PROJ hittar inte sin databas (%1). Installera "
                            "paketet proj-data.")
                       .arg(QString::fromUtf8(
                           proj_context_errno_string(d->context, proj_context_errno(d->context))));
}

CoordinateConverter::~CoordinateConverter()
{
    if (d->transformation)
        proj_destroy(d->transformation);
    proj_context_destroy(d->context);
}

bool CoordinateConverter::isValid() const
{
    return d->transformation != nullptr;
}

QString CoordinateConverter::error() const
{
    return d->error;
}

std::optional<CoordinateConverter::Sweref> CoordinateConverter::toSweref(const Wgs84 &position,
                                                                         QString *problem) const
{
    auto fail = [problem](const QString &text) -> std::optional<Sweref> {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    if (!isValid())
        return fail(d->error);
    if (!inSweden(position.latitude, position.longitude))
        return fail(
            Text::tr("Positionen ligger utanför Sverige (latitud 54,96–69,07 och longitud 10,03–24,17)."));
    const PJ_COORD in = proj_coord(position.longitude, position.latitude, 0, 0);
    const PJ_COORD out = proj_trans(d->transformation, PJ_FWD, in);
    if (proj_errno(d->transformation) || !std::isfinite(out.enu.e) || !std::isfinite(out.enu.n)) {
        proj_errno_reset(d->transformation);
        return fail(Text::tr("Positionen kunde inte räknas om."));
    }
    return Sweref{qRound64(out.enu.n), qRound64(out.enu.e)};
}

std::optional<CoordinateConverter::Wgs84> CoordinateConverter::parse(QStringView input)
{
    QString text = input.toString().trimmed().toUpper();
    if (text.isEmpty())
        return std::nullopt;
    // With decimal points, a comma only separates the two values; without, it is the decimal sign.
    if (text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char(' '));
    else
        text.replace(QRegularExpression(QStringLiteral("(\\d),(\\d)")), QStringLiteral("\\1.\\2"));
    static const QRegularExpression numberExpression(QStringLiteral("[-+]?\\d+(?:\\.\\d+)?"));
    QList<double> numbers;
    QList<qsizetype> ends;
    for (auto it = numberExpression.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        numbers << match.captured().toDouble();
        ends << match.capturedEnd();
    }
    // Degrees only, degrees and minutes, or degrees, minutes and seconds for each of the two.
    const qsizetype perValue = numbers.size() / 2;
    if (numbers.size() % 2 != 0 || perValue < 1 || perValue > 3)
        return std::nullopt;
    auto value = [&](qsizetype first) {
        double result = std::abs(numbers.at(first));
        if (perValue > 1)
            result += numbers.at(first + 1) / 60.0;
        if (perValue > 2)
            result += numbers.at(first + 2) / 3600.0;
        return numbers.at(first) < 0 ? -result : result;
    };
    Wgs84 position{value(0), value(perValue)};
    // Hemispheres: S and W (V in Swedish) are negative; a pair marked E/Ö … N is turned.
    const QString firstPart = text.left(ends.at(perValue - 1) + 1);
    const bool firstIsEast = firstPart.contains(QRegularExpression(QStringLiteral("[EÖOW]")));
    if (firstIsEast)
        std::swap(position.latitude, position.longitude);
    if (text.contains(QLatin1Char('S')) && !text.contains(QLatin1Char('N')))
        position.latitude = -std::abs(position.latitude);
    if (std::abs(position.latitude) > 90 || std::abs(position.longitude) > 180)
        return std::nullopt;
    if (!firstIsEast && !inSweden(position.latitude, position.longitude) &&
        inSweden(position.longitude, position.latitude))
        std::swap(position.latitude, position.longitude);
    return position;
}

} // namespace avfall
