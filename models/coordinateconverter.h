#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace avfall {

// WGS 84 degrees (what a phone or a web map gives) to SWEREF 99 TM metres (what the register wants),
// computed by PROJ (EPSG:4326 -> EPSG:3006, axes in the order longitude/latitude and east/north).
// PROJ reads its database (Debian's proj-data) when the converter is made.
class CoordinateConverter
{
public:
    struct Sweref
    {
        qint64 north = 0; // seven digits in Sweden
        qint64 east = 0;  // six digits in Sweden
    };
    struct Wgs84
    {
        double latitude = 0;
        double longitude = 0;
    };

    CoordinateConverter();
    ~CoordinateConverter();
    CoordinateConverter(const CoordinateConverter &) = delete;
    CoordinateConverter &operator=(const CoordinateConverter &) = delete;

    bool isValid() const;
    QString error() const; // why PROJ could not be used, in Swedish

    // Rounded to the metre; nullopt (and problem set) outside SWEREF 99 TM's area (Sweden).
    std::optional<Sweref> toSweref(const Wgs84 &position, QString *problem = nullptr) const;

    // A position as people copy it: "59.3293, 18.0686", "59,3293 18,0686", "N 59° 19.758' E 18° 4.116'",
    // "59°19'45.5\"N 18°04'07.2\"E". Latitude first, as maps write it; a pair given the other way
    // round is turned when only that order lies in Sweden. nullopt when it is no position.
    static std::optional<Wgs84> parse(QStringView text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace avfall
