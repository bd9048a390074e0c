// The run-time module is the smaller build in phaser-lite.js; its types are Phaser's own.
import Phaser from 'phaser';
export default Phaser;
