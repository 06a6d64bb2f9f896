package org.newskg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URL;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Fuseki server (Fuseki main, embedded) publishing a TDB2 store as configured by
 * {@code fuseki-config/newskg.ttl}: SPARQL query and read-only Graph Store Protocol at
 * {@link #datasetUrl()}, plus the Fuseki web UI (from jena-fuseki-ui) at {@link #uiUrl()}.
 *
 * <pre>
 * try (NewsKgServer server = NewsKgServer.builder().store(Path.of("data/store")).port(3030).build()) {
 *     server.start();
 *     System.out.println("SPARQL: " + server.datasetUrl() + "   UI: " + server.uiUrl().orElse("-"));
 *     server.join();
 * }
 * </pre>
 *
 * <p>The configuration's {@code tdb2:location} is rewritten to the chosen store. Read-only unless
 * {@link Builder#writable(boolean) writable}: then SPARQL Update and Graph Store Protocol writes are added;
 * when not writable, write endpoints found in the configuration are removed, so read-only is a guarantee.
 * The UI is served without Fuseki's admin module: datasets cannot be created or deleted from it.
 */
public final class NewsKgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsKgServer.class);

    /** The configuration file used when none is given, relative to the working directory. */
    public static final Path DEFAULT_CONFIG = Path.of("fuseki-config", "newskg.ttl");
    /** Classpath copy of {@code fuseki-config/newskg.ttl}, used when that file is absent. */
    static final String CONFIG_RESOURCE = "/org/newskg/store/newskg-fuseki.ttl";
    /** Port used when none is given (Fuseki's usual one). */
    public static final int DEFAULT_PORT = 3030;

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final Resource SERVICE = ResourceFactory.createResource(FUSEKI + "Service");
    private static final Property NAME = ResourceFactory.createProperty(FUSEKI, "name");
    private static final Property ENDPOINT = ResourceFactory.createProperty(FUSEKI, "endpoint");
    private static final Property OPERATION = ResourceFactory.createProperty(FUSEKI, "operation");
    private static final Resource OP_UPDATE = ResourceFactory.createResource(FUSEKI + "update");
    private static final Resource OP_GSP_R = ResourceFactory.createResource(FUSEKI + "gsp-r");
    private static final Resource OP_GSP_RW = ResourceFactory.createResource(FUSEKI + "gsp-rw");
    private static final Property LOCATION = ResourceFactory.createProperty(TDB2, "location");
    /** Operations that change data, removed from a read-only server. */
    private static final Set<String> WRITE_OPERATIONS = Set.of(
            FUSEKI + "update", FUSEKI + "upload", FUSEKI + "patch", FUSEKI + "gsp-rw");
    /** Old-style (Fuseki 2/3) write service properties, removed from a read-only server. */
    private static final Set<String> OLD_WRITE_SERVICES = Set.of(
            FUSEKI + "serviceUpdate", FUSEKI + "serviceUpload", FUSEKI + "serviceReadWriteGraphStore");

    private final FusekiServer server;
    private final String serviceName;
    private final boolean ui;
    private final Path store;
    private boolean started;

    private NewsKgServer(FusekiServer server, String serviceName, boolean ui, Path store) {
        this.server = server;
        this.serviceName = serviceName;
        this.ui = ui;
        this.store = store;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving (returns at once; see {@link #join()}).
     *
     * @throws StoreException if the port is taken or the store cannot be opened
     */
    public NewsKgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new StoreException(startFailure(e), e);
        }
        started = true;
        return this;
    }

    /** The port listened on: the real one once started, so port 0 gives the port chosen by the system. */
    public int port() {
        return server.getHttpPort();
    }

    /** The address the server is bound to (loopback unless built with {@code localhostOnly(false)}). */
    public InetSocketAddress address() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    SocketAddress a = channel.getLocalAddress();
                    if (a instanceof InetSocketAddress inet) {
                        return inet;
                    }
                } catch (IOException e) {
                    throw new StoreException("Cannot read the server address: " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalStateException("Server not started");
    }

    /** The dataset URL, e.g. {@code http://localhost:3030/news}: query, GSP and (if writable) update. */
    public String datasetUrl() {
        return "http://localhost:" + port() + "/" + serviceName;
    }

    /** The web UI's URL, when the UI is served. */
    public Optional<String> uiUrl() {
        return ui ? Optional.of("http://localhost:" + port() + "/") : Optional.empty();
    }

    /** The TDB2 directory served. */
    public Path store() {
        return store;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. */
    public void stop() {
        if (started) {
            started = false;
            server.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static String startFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "Cannot start the server: the port is in use (" + t.getMessage() + ")";
            }
        }
        return "Cannot start the server: " + Sparql.firstLine(String.valueOf(e.getMessage()));
    }

    /** Builds a {@link NewsKgServer}; every setting has a default. */
    public static final class Builder {
        private Path store = Tdb2Store.DEFAULT_DIR;
        private int port = DEFAULT_PORT;
        private boolean localhostOnly = true;
        private boolean writable;
        private boolean ui = true;
        private Path config;

        private Builder() {
        }

        /** The TDB2 directory to publish (default {@code ./data/store}; created if absent). */
        public Builder store(Path store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The HTTP port (default 3030); 0 lets the system choose a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Listen on the loopback interface only (default true). */
        public Builder localhostOnly(boolean localhostOnly) {
            this.localhostOnly = localhostOnly;
            return this;
        }

        /** Add SPARQL Update and Graph Store Protocol writes (default false: read-only). */
        public Builder writable(boolean writable) {
            this.writable = writable;
            return this;
        }

        /** Serve the Fuseki web UI at / (default true). */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /**
         * The Fuseki configuration (default {@code fuseki-config/newskg.ttl}, falling back to the copy inside
         * the jar when that file is absent; a file given here must exist).
         */
        public Builder config(Path config) {
            this.config = config;
            return this;
        }

        /**
         * Reads the configuration, points it at the store and prepares the server (not started).
         *
         * @throws StoreException for an unreadable configuration or store directory
         */
        public NewsKgServer build() {
            Path dir = store.toAbsolutePath().normalize();
            Tdb2Store.checkDirectory(dir);
            Model model = readConfig(config);
            String serviceName = serviceName(model);
            pointAtStore(model, dir);
            if (writable) {
                addWriteEndpoints(model);
            } else {
                removeWriteEndpoints(model);
            }
            FusekiServer.Builder fb = FusekiServer.create().port(port).loopback(localhostOnly);
            try {
                fb.parseConfig(model);
                // After parseConfig: its server section resets settings such as ping and stats.
                boolean uiServed = ui && addUi(fb);
                return new NewsKgServer(fb.build(), serviceName, uiServed, dir);
            } catch (RuntimeException e) {
                throw new StoreException(buildFailure(dir, e), e);
            }
        }
    }

    private static String buildFailure(Path dir, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String locked = Tdb2Store.lockedMessage(dir, Sparql.firstLine(String.valueOf(t.getMessage())));
            if (locked != null) {
                return locked;
            }
        }
        return "Bad Fuseki configuration: " + Sparql.firstLine(String.valueOf(e.getMessage()));
    }

    /** Reads the given file, or the default file, or the classpath copy. */
    static Model readConfig(Path config) {
        Path file = config != null ? config : DEFAULT_CONFIG;
        try {
            if (Files.isRegularFile(file)) {
                return RDFParser.source(file).lang(Lang.TURTLE).toModel();
            }
            if (config != null) {
                throw new StoreException("Fuseki configuration not found: " + config);
            }
            try (InputStream in = NewsKgServer.class.getResourceAsStream(CONFIG_RESOURCE)) {
                if (in == null) {
                    throw new StoreException("No Fuseki configuration: " + file + " is absent and the jar has no"
                            + " copy");
                }
                return RDFParser.source(in).lang(Lang.TURTLE).toModel();
            }
        } catch (RiotException e) {
            throw new StoreException("Cannot parse Fuseki configuration " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Cannot read Fuseki configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /** The name of the (first) service: the dataset's URL path. */
    static String serviceName(Model model) {
        List<Resource> services = model.listSubjectsWithProperty(RDF.type, SERVICE).toList();
        for (Resource s : services) {
            Statement name = s.getProperty(NAME);
            if (name != null && name.getObject().isLiteral()) {
                String n = name.getString();
                return n.startsWith("/") ? n.substring(1) : n;
            }
        }
        throw new StoreException("The Fuseki configuration has no fuseki:Service with a fuseki:name");
    }

    /** Rewrites the (single) tdb2:location to the store directory. */
    static void pointAtStore(Model model, Path dir) {
        List<Statement> locations = model.listStatements(null, LOCATION, (RDFNode) null).toList();
        if (locations.stream().map(Statement::getObject).distinct().count() > 1) {
            throw new StoreException("The Fuseki configuration has several TDB2 locations; newskg serves one");
        }
        for (Statement s : locations) {
            s.changeObject(dir.toString());
        }
    }

    /** Adds update on the dataset URL and at /update, and GSP read-write on the dataset URL and at /data. */
    static void addWriteEndpoints(Model model) {
        for (Resource service : model.listSubjectsWithProperty(RDF.type, SERVICE).toList()) {
            for (Statement e : service.listProperties(ENDPOINT).toList()) {
                Resource endpoint = e.getResource();
                if (endpoint.hasProperty(OPERATION, OP_GSP_R) && !endpoint.hasProperty(NAME)) {
                    // One GSP operation per endpoint: the dataset URL's read-only one becomes read-write.
                    endpoint.removeAll(OPERATION).addProperty(OPERATION, OP_GSP_RW);
                }
            }
            addEndpoint(model, service, OP_UPDATE, null);
            addEndpoint(model, service, OP_UPDATE, "update");
            addEndpoint(model, service, OP_GSP_RW, null);
            addEndpoint(model, service, OP_GSP_RW, "data");
        }
    }

    private static void addEndpoint(Model model, Resource service, Resource op, String name) {
        for (Statement e : service.listProperties(ENDPOINT).toList()) {
            Resource endpoint = e.getResource();
            Statement n = endpoint.getProperty(NAME);
            boolean sameName = name == null ? n == null : n != null && name.equals(n.getString());
            if (sameName && endpoint.hasProperty(OPERATION, op)) {
                return;
            }
        }
        Resource endpoint = model.createResource().addProperty(OPERATION, op);
        if (name != null) {
            endpoint.addProperty(NAME, name);
        }
        service.addProperty(ENDPOINT, endpoint);
    }

    /** Makes every service read-only: drops write endpoints, turns GSP read-write into read-only. */
    static void removeWriteEndpoints(Model model) {
        for (Resource service : model.listSubjectsWithProperty(RDF.type, SERVICE).toList()) {
            for (Statement e : service.listProperties(ENDPOINT).toList()) {
                Resource endpoint = e.getResource();
                if (endpoint.hasProperty(OPERATION, OP_GSP_RW)) {
                    endpoint.removeAll(OPERATION).addProperty(OPERATION, OP_GSP_R);
                } else if (endpoint.listProperties(OPERATION).toList().stream()
                        .anyMatch(op -> WRITE_OPERATIONS.contains(op.getObject().toString()))) {
                    model.remove(e);
                    endpoint.removeProperties();
                }
            }
            for (String p : OLD_WRITE_SERVICES) {
                service.removeAll(model.createProperty(p));
            }
        }
    }

    /**
     * Serves the UI files of jena-fuseki-ui (classpath folder {@code webapp/}) and the few server endpoints
     * the UI calls (/$/server, /$/ping, /$/stats, /$/validate/*) - what Fuseki's FMod_UI does, without the
     * FMod_Admin it needs for its server-control object (admin would allow creating and deleting datasets).
     */
    private static boolean addUi(FusekiServer.Builder fb) {
        URL index = NewsKgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) {
            LOG.warn("Fuseki UI files (jena-fuseki-ui) not on the classpath: serving SPARQL endpoints only");
            return false;
        }
        String s = index.toExternalForm();
        String base = s.substring(0, s.length() - "index.html".length());
        fb.staticFileBase(base)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator())
                .enablePing(true)
                .enableStats(true);
        return true;
    }
}
