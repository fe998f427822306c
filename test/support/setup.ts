// esbuild emits no decorator metadata, but type-graphql and MikroORM still read the registry.
import 'reflect-metadata';
