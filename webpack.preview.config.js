/**
 * The Excel-free preview (`npm run preview`): the task pane beside a workbook computed by the
 * formula engine. A separate build, so HyperFormula (GPL-3.0) never enters the add-in bundle.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// The pane's footer and help links open these pages; the preview serves the add-in's own.
const { SitePagesPlugin, contactMarkdown } = require("./webpack.config");
const pkg = require("./package.json");

module.exports = (env, options) => ({
  devtool: options.mode === "development" ? "source-map" : false,
  entry: { preview: "./src/preview/preview.ts" },
  output: { path: path.resolve(__dirname, "dist-preview"), clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
    new SitePagesPlugin(contactMarkdown((process.env.ADDIN_SUPPORT_CONTACT || pkg.config.support_contact).trim())),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        { from: "src/preview/preview.css", to: "preview.css" },
      ],
    }),
  ],
  devServer: {
    static: { directory: path.resolve(__dirname, "dist-preview") },
    host: "localhost",
    port: Number(process.env.PREVIEW_PORT || 3000),
    open: false,
    client: { overlay: { warnings: false, errors: true } },
  },
});
