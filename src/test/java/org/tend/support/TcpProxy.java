package org.tend.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the application and its database, which a test can cut and mend:
 * the database "goes away" for this application alone (open connections drop, new ones
 * are refused) without touching the server that other tests share.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		this.server = listen(0);
		this.port = this.server.getLocalPort();
		acceptOn(this.server);
	}

	/** The local port that leads to the target. */
	public int port() {
		return this.port;
	}

	/** Drops every open connection and refuses new ones. */
	public synchronized void cut() {
		closeQuietly(this.server);
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void mend() {
		if (this.server.isClosed()) {
			this.server = listen(this.port);
			acceptOn(this.server);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private static ServerSocket listen(int port) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return socket;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot listen on port " + port, ex);
		}
	}

	private void acceptOn(ServerSocket listening) {
		Thread.ofVirtual().name("tcp-proxy-accept").start(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket target = new Socket(this.targetHost, this.targetPort);
					this.open.add(client);
					this.open.add(target);
					pump(client, target);
					pump(target, client);
				}
				catch (IOException ex) {
					// closed by cut(), or the target refused: the client sees a dropped
					// connection
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		Thread.ofVirtual().name("tcp-proxy-pump").start(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side went away: so does the other
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
