/**
 * The parts of Phaser the game uses, built from Phaser's own source (see vite.config.ts for the
 * build-time flags: Canvas renderer only, no sound, no 3D camera, no Facebook plugin).
 *
 * Every file that needs Phaser at run time imports it from here; types still come from 'phaser'
 * (phaser-lite.d.ts). A factory or loader file type that is not required here does not exist in
 * the game: `this.add.sprite` would be undefined. Add a line below before using a new one.
 */
import 'phaser-src/polyfills/requestVideoFrame';
import CONST from 'phaser-src/const';
import Extend from 'phaser-src/utils/object/Extend';

// Scene plugins register themselves in the plugin cache when their module loads.
import CameraManager from 'phaser-src/cameras/2d/CameraManager';
import DataManagerPlugin from 'phaser-src/data/DataManagerPlugin';
import EventEmitter from 'phaser-src/events/EventEmitter';
import DisplayList from 'phaser-src/gameobjects/DisplayList';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory';
import UpdateList from 'phaser-src/gameobjects/UpdateList';
import InputPlugin from 'phaser-src/input/InputPlugin';
import InputEvents from 'phaser-src/input/events';
import LoaderPlugin from 'phaser-src/loader/LoaderPlugin';
import ScenePlugin from 'phaser-src/scene/ScenePlugin';
import Clock from 'phaser-src/time/Clock';
import TimerEvent from 'phaser-src/time/TimerEvent';
import TweenManager from 'phaser-src/tweens/TweenManager';

// Loader file types register `this.load.<type>` when their module loads.
import ImageFile from 'phaser-src/loader/filetypes/ImageFile';
import JSONFile from 'phaser-src/loader/filetypes/JSONFile';
import SVGFile from 'phaser-src/loader/filetypes/SVGFile';

// Game objects: the class, plus the factory (`this.add.x`) and creator (`this.make.x`).
import GameObject from 'phaser-src/gameobjects/GameObject';
import Container from 'phaser-src/gameobjects/container/Container';
import 'phaser-src/gameobjects/container/ContainerFactory';
import 'phaser-src/gameobjects/container/ContainerCreator';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics';
import 'phaser-src/gameobjects/graphics/GraphicsFactory';
import 'phaser-src/gameobjects/graphics/GraphicsCreator';
import Image from 'phaser-src/gameobjects/image/Image';
import 'phaser-src/gameobjects/image/ImageFactory';
import 'phaser-src/gameobjects/image/ImageCreator';
import Rectangle from 'phaser-src/gameobjects/shape/rectangle/Rectangle';
import 'phaser-src/gameobjects/shape/rectangle/RectangleFactory';
import Text from 'phaser-src/gameobjects/text/Text';
import 'phaser-src/gameobjects/text/TextFactory';
import 'phaser-src/gameobjects/text/TextCreator';
import Zone from 'phaser-src/gameobjects/zone/Zone';
import 'phaser-src/gameobjects/zone/ZoneFactory';
import 'phaser-src/gameobjects/zone/ZoneCreator';

import Game from 'phaser-src/core/Game';
import GeomRectangle from 'phaser-src/geom/rectangle/Rectangle';
import Between from 'phaser-src/math/Between';
import Clamp from 'phaser-src/math/Clamp';
import Scale from 'phaser-src/scale';
import Scene from 'phaser-src/scene/Scene';

const Phaser = Extend(
  false,
  {
    Cameras: { Scene2D: { CameraManager } },
    Data: { DataManagerPlugin },
    Events: { EventEmitter },
    Game,
    GameObjects: {
      Container,
      DisplayList,
      GameObject,
      GameObjectCreator,
      GameObjectFactory,
      Graphics,
      Image,
      Rectangle,
      Text,
      UpdateList,
      Zone,
    },
    Geom: { Rectangle: GeomRectangle },
    Input: { Events: InputEvents, InputPlugin },
    Loader: { FileTypes: { ImageFile, JSONFile, SVGFile }, LoaderPlugin },
    Math: { Between, Clamp },
    Scale,
    Scene,
    Scenes: { ScenePlugin },
    Time: { Clock, TimerEvent },
    Tweens: { TweenManager },
  },
  CONST,
);

export default Phaser;
