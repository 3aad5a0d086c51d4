package org.standardsgraph.launcher;

import org.neo4j.bolt.tx.TransactionManager;
import org.neo4j.collection.Dependencies;
import org.neo4j.configuration.Config;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.facade.DatabaseManagementServiceFactory;
import org.neo4j.graphdb.facade.GraphDatabaseDependencies;
import org.neo4j.graphdb.factory.module.GlobalModule;
import org.neo4j.graphdb.factory.module.edition.CommunityEditionModule;
import org.neo4j.kernel.impl.factory.DbmsInfo;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.CommunityNeoWebServer;

/**
 * Neo4j Community as {@link CommunityBootstrapper} starts it, with one addition: the web server
 * gets {@link LocalOriginFilter} in front of everything it serves. Neo4j has no setting for
 * refusing foreign origins, so the filter is added where the edition builds its web server;
 * it is registered before Neo4j's own filters, so it runs first.
 */
final class LocalBootstrapper extends CommunityBootstrapper {
  private final int httpPort;

  LocalBootstrapper(int httpPort) {
    this.httpPort = httpPort;
  }

  @Override
  protected DatabaseManagementService createNeo(Config config, boolean daemonMode, GraphDatabaseDependencies dependencies) {
    return new DatabaseManagementServiceFactory(DbmsInfo.COMMUNITY, this::edition).build(config, daemonMode, dependencies);
  }

  private CommunityEditionModule edition(GlobalModule global) {
    return new CommunityEditionModule(global) {
      @Override
      public Lifecycle createWebServer(DatabaseManagementService dbms, TransactionManager transactionManager,
          Dependencies globalDependencies, Config config, InternalLogProvider userLogProvider, DbmsInfo dbmsInfo) {
        return new CommunityNeoWebServer(dbms, transactionManager, globalDependencies, config, userLogProvider, dbmsInfo,
            global.getMemoryPools(), global.getGlobalMonitors(), global.getGlobalClock()) {
          @Override
          protected void configureWebServer() {
            super.configureWebServer();
            webServer.addFilter(new LocalOriginFilter(httpPort), "/*");
          }
        };
      }
    };
  }
}
