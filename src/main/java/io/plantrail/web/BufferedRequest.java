package io.plantrail.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body was already read (to check it) and can be read again by Spring. */
class BufferedRequest extends HttpServletRequestWrapper {

    /** Set on a query that came as GET: only such answers may be kept by the browser's cache. */
    static final String ASKED_BY_GET = BufferedRequest.class.getName() + ".askedByGet";

    private final byte[] body;
    private final boolean fromGet;

    BufferedRequest(HttpServletRequest request, byte[] body) {
        this(request, body, false);
    }

    private BufferedRequest(HttpServletRequest request, byte[] body, boolean fromGet) {
        super(request);
        this.body = body;
        this.fromGet = fromGet;
        if (fromGet) {
            request.setAttribute(ASKED_BY_GET, true);
        }
    }

    /** A GET's query, now in the JSON envelope, handed on as the POST GraphQL's handler expects. */
    static BufferedRequest fromGet(HttpServletRequest request, byte[] envelope) {
        return new BufferedRequest(request, envelope, true);
    }

    @Override
    public String getMethod() {
        return fromGet ? "POST" : super.getMethod();
    }

    @Override
    public String getContentType() {
        return fromGet ? "application/json" : super.getContentType();
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                // the whole body is already in memory: it is available at once, and then it is all read
                try {
                    listener.onDataAvailable();
                    listener.onAllDataRead();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
