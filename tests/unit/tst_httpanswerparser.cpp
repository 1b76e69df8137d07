#include "network/httpanswerparser.h"

#include <QTest>

using namespace avfall;

Q_DECLARE_METATYPE(avfall::HttpAnswerParser::State)

// The HTTP/1.1 answer reader: well-framed answers in every framing, fed at once and byte by
// byte, and the framing it must refuse.
class TestHttpAnswerParser : public QObject
{
    Q_OBJECT

private slots:
    void wellFramed_data();
    void wellFramed();
    void refused_data();
    void refused();
    void bodyUntilCloseEndsWithTheConnection();
    void cutOffAnswerIsMalformed();
    void nothingAtAllStaysIncomplete();
    void keepAliveOnlyForACleanEnd();
    void largeChunkedAnswerInSmallPieces();
};

using State = HttpAnswerParser::State;
constexpr qint64 kLimit = 64 * 1024;

void TestHttpAnswerParser::wellFramed_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
                                    << QByteArray("hello");
    QTest::newRow("utan orsak") << QByteArray("HTTP/1.1 201\r\nContent-Length: 2\r\n\r\n{}") << 201
                                << QByteArray("{}");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n")
                             << 200 << QByteArray("abcde");
    QTest::newRow("chunked versaler")
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\ntransfer-encoding: Chunked\r\n\r\n"
                      "A\r\n0123456789\r\n0\r\n\r\n")
        << 502 << QByteArray("0123456789");
    QTest::newRow("204 utan kropp") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204 << QByteArray();
    QTest::newRow("100 Continue först") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n"
                                                      "Content-Length: 1\r\n\r\nx")
                                        << 200 << QByteArray("x");
    QTest::newRow("noll längd") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200
                                << QByteArray();
}

void TestHttpAnswerParser::wellFramed()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (const bool byteByByte : {false, true}) {
        HttpAnswerParser parser(kLimit);
        State state = State::Incomplete;
        if (byteByByte) {
            for (qsizetype i = 0; i < wire.size(); ++i) {
                QCOMPARE(state, State::Incomplete);
                state = parser.feed(wire.mid(i, 1));
            }
        } else {
            state = parser.feed(wire);
        }
        QCOMPARE(state, State::Complete);
        QCOMPARE(parser.answer().status, status);
        QCOMPARE(parser.answer().body, body);
    }
}

void TestHttpAnswerParser::refused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<State>("state");
    QTest::newRow("negativ Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{}") << State::Malformed;
    QTest::newRow("två Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                                      "Content-Length: 9\r\n\r\n{}")
                                        << State::Malformed;
    QTest::newRow("två lika Content-Length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                                           "Content-Length: 2\r\n\r\n{}")
                                             << State::Malformed;
    QTest::newRow("lista i Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}") << State::Malformed;
    QTest::newRow("plus i Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\n{}") << State::Malformed;
    QTest::newRow("hex i Content-Length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0x2\r\n\r\n{}") << State::Malformed;
    QTest::newRow("längd och chunked") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                                     "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                       << State::Malformed;
    QTest::newRow("gzip") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                          << State::Malformed;
    QTest::newRow("jättestor chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                   "1000000000000000\r\n{}")
                                     << State::Malformed;
    QTest::newRow("chunk över gränsen") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      "FFFFFFF\r\n{}")
                                        << State::TooLarge;
    QTest::newRow("chunkstorlek inte hex")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\n{}")
        << State::Malformed;
    QTest::newRow("negativ chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                 "-2\r\n{}\r\n0\r\n\r\n")
                                   << State::Malformed;
    QTest::newRow("chunk längre än sin storlek") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked"
                                                               "\r\n\r\n2\r\n{}}\r\n0\r\n\r\n")
                                                 << State::Malformed;
    QTest::newRow("Content-Length över gränsen")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n") << State::TooLarge;
    QTest::newRow("inte HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << State::Malformed;
    QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200\r\n\r\n") << State::Malformed;
    QTest::newRow("status med två siffror") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << State::Malformed;
    QTest::newRow("vikt rubrikrad") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n Content-Length: 2\r\n\r\n{}")
                                    << State::Malformed;
    QTest::newRow("rad utan kolon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 2\r\n\r\n{}")
                                    << State::Malformed;
    QTest::newRow("bara LF") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\r\n\r\n{}")
                             << State::Malformed;
    QTest::newRow("101 byter protokoll")
        << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << State::Malformed;
}

void TestHttpAnswerParser::refused()
{
    QFETCH(QByteArray, wire);
    QFETCH(State, state);
    HttpAnswerParser parser(kLimit);
    QCOMPARE(parser.feed(wire), state);
    QVERIFY(!parser.problem().isEmpty());
    QVERIFY(!parser.keepAlive());
}

void TestHttpAnswerParser::bodyUntilCloseEndsWithTheConnection()
{
    HttpAnswerParser parser(kLimit);
    QCOMPARE(parser.feed("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\n\r\n<html>"),
             State::Incomplete);
    QCOMPARE(parser.feed("</html>"), State::Incomplete);
    QCOMPARE(parser.finishAtClose(), State::Complete);
    QCOMPARE(parser.answer().body, QByteArray("<html></html>"));
    QVERIFY(!parser.keepAlive());
}

void TestHttpAnswerParser::cutOffAnswerIsMalformed()
{
    HttpAnswerParser parser(kLimit);
    QCOMPARE(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"avfallId\""), State::Incomplete);
    QCOMPARE(parser.finishAtClose(), State::Malformed);
    HttpAnswerParser head(kLimit);
    QCOMPARE(head.feed("HTTP/1.1 200 OK\r\nConte"), State::Incomplete);
    QCOMPARE(head.finishAtClose(), State::Malformed);
}

void TestHttpAnswerParser::nothingAtAllStaysIncomplete()
{
    HttpAnswerParser parser(kLimit);
    QCOMPARE(parser.finishAtClose(), State::Incomplete);
    QVERIFY(!parser.receivedAnything());
}

void TestHttpAnswerParser::keepAliveOnlyForACleanEnd()
{
    HttpAnswerParser clean(kLimit);
    QCOMPARE(clean.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"), State::Complete);
    QVERIFY(clean.keepAlive());
    HttpAnswerParser close(kLimit);
    QCOMPARE(close.feed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
             State::Complete);
    QVERIFY(!close.keepAlive());
    HttpAnswerParser old(kLimit);
    QCOMPARE(old.feed("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}"), State::Complete);
    QVERIFY(!old.keepAlive());
    // Bytes nobody asked for after the answer: the connection is not trusted again.
    HttpAnswerParser extra(kLimit);
    QCOMPARE(extra.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1 200 OK\r\n"),
             State::Complete);
    QVERIFY(!extra.keepAlive());
}

void TestHttpAnswerParser::largeChunkedAnswerInSmallPieces()
{
    // 4 MB in 1 KB chunks, fed in 1,500-byte pieces: every byte is read once (the old reader
    // decoded the whole buffer again on every piece).
    const QByteArray chunk(1024, 'x');
    QByteArray wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 4096; ++i)
        wire += "400\r\n" + chunk + "\r\n";
    wire += "0\r\n\r\n";
    HttpAnswerParser parser(4 * 1024 * 1024);
    State state = State::Incomplete;
    for (qsizetype at = 0; at < wire.size(); at += 1500)
        state = parser.feed(wire.mid(at, 1500));
    QCOMPARE(state, State::Complete);
    QCOMPARE(parser.answer().body.size(), 4 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestHttpAnswerParser)
#include "tst_httpanswerparser.moc"
